package org.sitrep.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most so many analyses at once (each holds the NLP models' working memory for a while): a
 * request waits a bounded time for its turn, then gets 503 "busy" instead of exhausting the heap.
 */
final class AnalysisGate {
    private final Semaphore permits;
    private final int size;
    private final long waitMillis;

    AnalysisGate(int concurrent, long waitMillis) {
        this.size = concurrent;
        this.permits = new Semaphore(concurrent, true);
        this.waitMillis = waitMillis;
    }

    /** As many analyses as there are processors, each request waiting up to 30 s. */
    static AnalysisGate forThisMachine() {
        return new AnalysisGate(Math.max(1, Runtime.getRuntime().availableProcessors()), 30_000);
    }

    <T> T run(Supplier<T> analysis) {
        boolean entered;
        try {
            entered = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw new Problem(503, "Busy", "all " + size + " analysis slots stayed busy for " + waitMillis / 1000.0
                    + " s; try again shortly");
        }
        try {
            return analysis.get();
        } finally {
            permits.release();
        }
    }
}
