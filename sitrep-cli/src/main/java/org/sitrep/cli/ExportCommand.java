package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export --format jsonl|parquet|csv --out PATH}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the store: jsonl (one analysis document per article, with corpus links),"
                + " csv or parquet (events with GDELT-like columns).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "jsonl, csv or parquet.")
    ExportFormat format;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        try (Store s = store.openForReading()) {
            s.export(format, out);
            spec.commandLine().getErr().println("sitrep export: wrote " + out);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep export: " + e.getMessage());
            return Main.PARTIAL;
        }
    }
}
