package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.sitrep.Sitrep;
import org.sitrep.ingest.IngestException;
import org.sitrep.model.Analysis;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Severity;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest PATH…}: reads articles (text, HTML with sidecars, JSON Lines, RSS/Atom,
 * WARC), analyses those not yet stored and stores each in its own transaction. Running it again
 * on the same input stores nothing twice; after an interruption it picks up where it stopped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyses articles and stores them with their links (idempotent by article id, resumable).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was stored (or already was)", "1:some input could not be read or stored",
                "2:usage error"})
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

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("sitrep ingest: --threads must be at least 1");
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
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
            for (Path f : files) {
                if (fatal.get() != null) {
                    break;
                }
                try {
                    inputs.read(f, raw -> pool.execute(() -> {
                        if (fatal.get() == null) {
                            handle(s, sitrep, raw, progress, fatal);
                        }
                    }));
                } catch (IngestException e) {
                    unreadable = true;
                    s.putDiagnostic(f.toString(), Diagnostic.error("ingest", e.getMessage()));
                    progress.failed(e.getMessage());
                }
            }
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
            progress.finish(s.describe());
        } catch (StoreException e) {
            progress.close();
            err.println("sitrep ingest: " + e.getMessage());
            return Main.PARTIAL;
        }
        if (fatal.get() != null) {
            err.println("sitrep ingest: stopped: " + fatal.get().getMessage()
                    + " (every article stored before this is intact; run the same command again to resume)");
            return Main.PARTIAL;
        }
        return unreadable || progress.failures() > 0 ? Main.PARTIAL : 0;
    }

    private static void handle(Store s, Sitrep sitrep, RawArticle raw, IngestProgress progress,
                               AtomicReference<StoreException> fatal) {
        try {
            if (raw.content().isEmpty() && raw.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                raw.diagnostics().forEach(d -> s.putDiagnostic(raw.origin(), d));
                progress.failed(raw.diagnostics().get(0).message());
                return;
            }
            if (s.has(raw.id())) {
                progress.skipped();
                return;
            }
            Analysis a = sitrep.analyze(raw);
            s.put(raw, a);
            progress.stored(a.failed());
        } catch (StoreException e) {
            fatal.compareAndSet(null, e);
        } catch (RuntimeException e) {
            s.putDiagnostic(raw.origin(), Diagnostic.error("ingest", "article not stored: " + e));
            progress.failed(raw.origin() + ": " + e);
        }
    }

    static String rate(long n, long nanos) {
        return String.format(Locale.ROOT, "%.1f", n / Math.max(1e-9, nanos / 1e9));
    }
}
