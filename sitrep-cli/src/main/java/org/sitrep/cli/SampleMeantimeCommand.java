package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.sample.MeantimeSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep sample-meantime --data DIR --out DIR}: rebuilds the bundled sample from MEANTIME (hidden). */
@Command(name = "sample-meantime", hidden = true, mixinStandardHelpOptions = true,
        description = "Converts MEANTIME's CAT XML (intra-doc_annotation) into the bundled plain-text sample with sidecars.")
public final class SampleMeantimeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "MEANTIME's intra-doc_annotation folder (CORPUS/DOC.xml).")
    Path data;

    @Option(names = "--out", required = true, description = "The output folder (e.g. sample/wikinews).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("sitrep sample-meantime: " + data + ": no such folder");
            return Main.PARTIAL;
        }
        int n = MeantimeSample.convert(data, out);
        spec.commandLine().getOut().println(n + " articles written to " + out);
        return n > 0 ? 0 : Main.PARTIAL;
    }
}
