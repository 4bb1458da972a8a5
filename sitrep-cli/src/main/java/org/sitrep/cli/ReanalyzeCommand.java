package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sitrep reanalyze}: re-runs the analysis over every stored raw article (after an upgrade). */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        description = "Re-runs the analysis over the raw articles kept in the store and replaces each analysis.")
public final class ReanalyzeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Sitrep sitrep = Engines.standard();
        long start = System.nanoTime();
        int[] counts = new int[2];
        try (Store s = store.openForWriting()) {
            s.forEachRaw(raw -> {
                var a = sitrep.analyze(raw);
                s.put(raw, a);
                counts[0]++;
                counts[1] += a.failed() ? 1 : 0;
                if (counts[0] % 100 == 0) {
                    err.println("reanalyze: " + counts[0] + " articles");
                    err.flush();
                }
            });
            err.println("sitrep reanalyze: " + counts[0] + " article(s) reanalysed in " + s.describe() + " ("
                    + IngestCommand.rate(counts[0], System.nanoTime() - start) + "/s), " + counts[1] + " with errors");
            return counts[1] > 0 ? Main.PARTIAL : 0;
        } catch (StoreException e) {
            err.println("sitrep reanalyze: " + e.getMessage());
            return Main.PARTIAL;
        }
    }
}
