package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.Sitrep;
import org.sitrep.ingest.IngestException;
import org.sitrep.model.Analysis;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;
import org.sitrep.model.Severity;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The ingest loop: analyses run on {@code threads} threads while the calling thread stores the
 * finished ones one at a time in input order (so links do not depend on the thread count, and the
 * store works while the next articles are analysed). Articles already stored are skipped;
 * unreadable inputs and failed analyses become diagnostics; a store error (a full disk, a lost
 * connection) stops the loop. One use per instance.
 */
final class OrderedIngest {
    private final Store store;
    private final Sitrep sitrep;
    private final IngestInputs inputs;
    private final IngestProgress progress;
    private final int threads;
    private final Deque<Pending> window = new ArrayDeque<>();
    private StoreException fatal;
    private boolean unreadable;

    OrderedIngest(Store store, Sitrep sitrep, IngestInputs inputs, IngestProgress progress, int threads) {
        this.store = store;
        this.sitrep = sitrep;
        this.inputs = inputs;
        this.progress = progress;
        this.threads = threads;
    }

    /** What stopped the ingest early (null when nothing did) and whether some input was unreadable. */
    record Outcome(StoreException fatal, boolean unreadable) {
    }

    /** An article whose analysis is under way. */
    private record Pending(RawArticle raw, Future<Analysis> analysis) {
    }

    Outcome run(List<Path> files) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path f : files) {
                if (fatal != null) {
                    break;
                }
                try {
                    inputs.read(f, raw -> {
                        if (fatal == null && accept(raw)) {
                            window.add(new Pending(raw, pool.submit(() -> sitrep.analyze(raw))));
                            while (window.size() > threads * 4) {
                                store(window.poll());
                            }
                        }
                    });
                } catch (IngestException e) {
                    unreadable = true;
                    store.putDiagnostic(f.toString(), Diagnostic.error("ingest", e.getMessage()));
                    progress.failed(e.getMessage());
                }
            }
            while (!window.isEmpty()) {
                store(window.poll());
            }
        } catch (StoreException e) {
            fatal = fatal == null ? e : fatal;
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(fatal, unreadable);
    }

    /** Whether an input needs analysing: not unreadable, not stored already. */
    private boolean accept(RawArticle raw) {
        if (raw.content().isEmpty() && raw.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            raw.diagnostics().forEach(d -> store.putDiagnostic(raw.origin(), d));
            progress.failed(raw.diagnostics().get(0).message());
            return false;
        }
        if (store.has(raw.id())) {
            progress.skipped();
            return false;
        }
        return true;
    }

    /** Stores an analysed article; a failed analysis becomes a diagnostic. */
    private void store(Pending p) {
        if (fatal != null) {
            p.analysis().cancel(true);
            return;
        }
        RawArticle raw = p.raw();
        try {
            Analysis a = p.analysis().get();
            if (store.has(raw.id())) { // the same article twice in the input
                progress.skipped();
                return;
            }
            store.put(raw, a);
            progress.stored(a.failed());
        } catch (StoreException e) {
            fatal = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fatal = new StoreException("interrupted", e);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            store.putDiagnostic(raw.origin(), Diagnostic.error("ingest", "article not stored: " + cause));
            progress.failed(raw.origin() + ": " + cause);
        }
    }
}
