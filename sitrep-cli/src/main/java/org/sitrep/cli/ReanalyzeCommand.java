package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.Sitrep;
import org.sitrep.model.Analysis;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep reanalyze}: re-runs the analysis over every stored raw article (after an upgrade)
 * and re-links the whole corpus in ingest order, in one transaction.
 */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was reanalysed", "1:some analyses reported errors, or the store failed (then it is"
                + " unchanged)", "2:usage error", "3:the disk is full (the store is unchanged)"},
        description = {"Re-runs the analysis over the raw articles kept in the store, replaces each analysis and re-links the"
                + " whole corpus (duplicates, stories, corroboration, contradictions) as a fresh ingest in the same order would.",
                "All or nothing: if it is interrupted the store stays as it was."})
public final class ReanalyzeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", defaultValue = "1", description = "Articles analysed in parallel (linking stays in ingest order).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("sitrep reanalyze: --threads must be at least 1");
            return Main.USAGE;
        }
        Sitrep sitrep = Engines.standard();
        long start = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        try (Store s = store.openForWriting()) {
            int n = s.reanalyze(raw -> {
                Analysis a = sitrep.analyze(raw);
                if (a.failed()) {
                    failed.incrementAndGet();
                }
                return a;
            }, threads, done -> {
                if (done % 100 == 0) {
                    err.println("reanalyze: " + done + " articles");
                    err.flush();
                }
            });
            err.println("sitrep reanalyze: " + n + " article(s) reanalysed and re-linked in " + s.describe() + " ("
                    + IngestCommand.rate(n, System.nanoTime() - start) + "/s), " + failed.get() + " with errors");
            return failed.get() > 0 ? Main.PARTIAL : 0;
        } catch (StoreException e) {
            err.println("sitrep reanalyze: " + e.getMessage());
            return e instanceof org.sitrep.store.StoreFullException ? IngestCommand.DISK_FULL : Main.PARTIAL;
        }
    }
}
