package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.sitrep.Sitrep;
import org.sitrep.ingest.IngestException;
import org.sitrep.model.Analysis;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Severity;
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
        AtomicReference<StoreException> fatal = new AtomicReference<>();
        boolean unreadable = false;
        try (Store s = store.openForWriting()) {
            s.requireFreeSpace(minFreeMb * 1024 * 1024);
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "sitrep-ingest");
                t.setDaemon(true);
                return t;
            });
            // Analyses run in parallel; articles are stored (and so linked) one at a time in input order,
            // so the store is the same whatever --threads is.
            Deque<Pending> window = new ArrayDeque<>();
            try {
                for (Path f : files) {
                    if (fatal.get() != null) {
                        break;
                    }
                    try {
                        inputs.read(f, raw -> {
                            if (fatal.get() == null && accept(s, raw, progress, fatal)) {
                                window.add(new Pending(raw, pool.submit(() -> sitrep.analyze(raw))));
                                while (window.size() > threads * 4) {
                                    store(s, window.poll(), progress, fatal);
                                }
                            }
                        });
                    } catch (IngestException e) {
                        unreadable = true;
                        s.putDiagnostic(f.toString(), Diagnostic.error("ingest", e.getMessage()));
                        progress.failed(e.getMessage());
                    }
                }
                while (!window.isEmpty()) {
                    store(s, window.poll(), progress, fatal);
                }
            } finally {
                pool.shutdownNow();
            }
            progress.finish(s.describe());
        } catch (StoreException e) {
            progress.close();
            err.println("sitrep ingest: " + e.getMessage());
            return e instanceof StoreFullException ? DISK_FULL : Main.PARTIAL;
        }
        if (fatal.get() instanceof StoreFullException full) {
            err.println("sitrep ingest: stopped: " + full.getMessage());
            return DISK_FULL;
        }
        if (fatal.get() != null) {
            err.println("sitrep ingest: stopped: " + fatal.get().getMessage()
                    + " (every article stored before this is intact; run the same command again to resume)");
            return Main.PARTIAL;
        }
        return unreadable || progress.failures() > 0 ? Main.PARTIAL : 0;
    }

    /** An article whose analysis is under way. */
    private record Pending(RawArticle raw, Future<Analysis> analysis) {
    }

    /** Whether an input needs analysing: not unreadable, not stored already. */
    private static boolean accept(Store s, RawArticle raw, IngestProgress progress, AtomicReference<StoreException> fatal) {
        try {
            if (raw.content().isEmpty() && raw.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                raw.diagnostics().forEach(d -> s.putDiagnostic(raw.origin(), d));
                progress.failed(raw.diagnostics().get(0).message());
                return false;
            }
            if (s.has(raw.id())) {
                progress.skipped();
                return false;
            }
            return true;
        } catch (StoreException e) {
            fatal.compareAndSet(null, e);
            return false;
        }
    }

    /** Stores an analysed article (in input order); a failed analysis becomes a diagnostic, a store error stops the ingest. */
    private static void store(Store s, Pending p, IngestProgress progress, AtomicReference<StoreException> fatal) {
        if (fatal.get() != null) {
            p.analysis().cancel(true);
            return;
        }
        RawArticle raw = p.raw();
        try {
            Analysis a = p.analysis().get();
            if (s.has(raw.id())) { // the same article twice in the input
                progress.skipped();
                return;
            }
            s.put(raw, a);
            progress.stored(a.failed());
        } catch (StoreException e) {
            fatal.compareAndSet(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fatal.compareAndSet(null, new StoreException("interrupted", e));
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            try {
                s.putDiagnostic(raw.origin(), Diagnostic.error("ingest", "article not stored: " + cause));
                progress.failed(raw.origin() + ": " + cause);
            } catch (StoreException stored) {
                fatal.compareAndSet(null, stored);
            }
        }
    }

    static String rate(long n, long nanos) {
        return String.format(Locale.ROOT, "%.1f", n / Math.max(1e-9, nanos / 1e9));
    }
}
