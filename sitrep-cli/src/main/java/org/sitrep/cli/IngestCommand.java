package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreFullException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest PATH…}: reads articles (text, HTML with sidecars, JSON Lines, RSS/Atom,
 * WARC), analyses those not yet stored (in parallel with --threads) and stores each in its own
 * transaction, in input order (so the links do not depend on the thread count). Running it again
 * on the same input stores nothing twice; after an interruption it picks up where it stopped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyses articles and stores them with their links (idempotent by article id, resumable).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was stored (or already was)", "1:some input could not be read or stored",
                "2:usage error", "3:stopped because the disk is full (what was stored is intact; run again to resume)"})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt/.html with"
            + " NAME.meta.json sidecars, .jsonl, .rss/.atom/.xml feeds, .warc/.warc.gz).")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", defaultValue = "1", description = "Articles analysed in parallel.")
    int threads;

    @Option(names = "--min-free-mb", defaultValue = "256", paramLabel = "MB", description = "Stop cleanly, before writing,"
            + " when less than this many megabytes stay free on the store's disk (embedded store; default ${DEFAULT-VALUE}).")
    long minFreeMb;

    /** Exit code when the disk under the store is full. */
    static final int DISK_FULL = 3;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || minFreeMb < 0) {
            err.println("sitrep ingest: --threads must be at least 1 and --min-free-mb at least 0");
            return Main.USAGE;
        }
        Sitrep sitrep = Engines.standard();
        IngestInputs inputs = new IngestInputs(sitrep.ingest());
        List<Path> files = inputs.expand(paths);
        boolean containers = files.stream().anyMatch(inputs::isContainer);
        IngestProgress progress = IngestProgress.start(files.size(), containers, err);
        OrderedIngest.Outcome outcome = null;
        try (Store s = store.openForWriting()) {
            s.requireFreeSpace(minFreeMb * 1024 * 1024);
            outcome = new OrderedIngest(s, sitrep, inputs, progress, threads).run(files);
            progress.finish(s.describe(), outcome.fatal() != null);
        } catch (StoreException e) {
            // opening failed, or closing did (a full disk often shows again there): say what stopped the ingest first
            progress.close();
            StoreException first = outcome != null && outcome.fatal() != null ? outcome.fatal() : e;
            err.println("sitrep ingest: " + (first == e ? "" : "stopped: " + first.getMessage() + "; then: ") + e.getMessage());
            return first instanceof StoreFullException || e instanceof StoreFullException ? DISK_FULL : Main.PARTIAL;
        }
        if (outcome.fatal() instanceof StoreFullException full) {
            err.println("sitrep ingest: stopped: " + full.getMessage());
            return DISK_FULL;
        }
        if (outcome.fatal() != null) {
            err.println("sitrep ingest: stopped: " + outcome.fatal().getMessage()
                    + " (every article stored before this is intact; run the same command again to resume)");
            return Main.PARTIAL;
        }
        return outcome.unreadable() || progress.failures() > 0 ? Main.PARTIAL : 0;
    }

    static String rate(long n, long nanos) {
        return String.format(Locale.ROOT, "%.1f", n / Math.max(1e-9, nanos / 1e9));
    }
}
