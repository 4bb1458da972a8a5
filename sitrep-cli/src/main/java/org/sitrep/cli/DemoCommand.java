package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep demo}: analyses the bundled sample articles and prints their briefs. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyses the bundled sample (MEANTIME's Wikinews articles, CC BY 4.0) and prints the briefs.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--sample", description = "The sample folder (default: sample/wikinews in the Sitrep home).")
    Path sample;

    @Option(names = "--limit", defaultValue = "5", description = "How many sample articles to show.")
    int limit;

    @Override
    public Integer call() throws Exception {
        Path dir = sample != null ? sample : Path.of(System.getProperty("sitrep.home", ".")).resolve("sample/wikinews");
        if (!Files.isDirectory(dir)) {
            System.err.println("sitrep demo: sample folder " + dir + " not found");
            return Main.PARTIAL;
        }
        var files = Inputs.expand(java.util.List.of(dir)).stream().limit(limit).map(Path::toString).toList();
        var args = new java.util.ArrayList<String>();
        args.add("analyze");
        args.addAll(files);
        args.add("--threads");
        args.add(String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors())));
        return Main.run(args.toArray(String[]::new));
    }
}
