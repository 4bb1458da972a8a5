package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of an ingest: a progress bar with rate and ETA on a terminal, plain log lines (every
 * 100 articles or 10 seconds) otherwise. Thread-safe.
 */
final class IngestProgress implements AutoCloseable {
    private final PrintWriter log;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong withErrors = new AtomicLong();
    private long lastLog = System.nanoTime();

    private IngestProgress(PrintWriter log, ProgressBar bar) {
        this.log = log;
        this.bar = bar;
    }

    /** @param files input files; with containers (feeds, WARC, JSONL) the total is unknown */
    static IngestProgress start(int files, boolean containers, PrintWriter log) {
        boolean terminal = System.console() != null && !"true".equals(System.getenv("CI"));
        ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(containers ? -1 : files)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" articles", 1).showSpeed()
                .setUpdateIntervalMillis(250).build() : null;
        return new IngestProgress(log, bar);
    }

    /** Progress that shows nothing (for benchmarks). */
    static IngestProgress quiet() {
        return new IngestProgress(new PrintWriter(java.io.Writer.nullWriter()), null);
    }

    void stored(boolean analysisFailed) {
        stored.incrementAndGet();
        if (analysisFailed) {
            withErrors.incrementAndGet();
        }
        step();
    }

    void skipped() {
        skipped.incrementAndGet();
        step();
    }

    void failed(String message) {
        failed.incrementAndGet();
        synchronized (this) {
            if (bar == null) {
                log.println("sitrep ingest: " + message);
                log.flush();
            }
        }
        step();
    }

    long failures() {
        return failed.get() + withErrors.get();
    }

    private synchronized void step() {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(" " + skipped.get() + " already stored");
            return;
        }
        long done = stored.get() + skipped.get() + failed.get();
        long now = System.nanoTime();
        if (done % 100 == 0 || now - lastLog > 10_000_000_000L) {
            lastLog = now;
            log.println(line("ingest: " + done + " articles"));
            log.flush();
        }
    }

    private String line(String head) {
        long n = stored.get();
        return String.format(Locale.ROOT, "%s: %d stored, %d already stored, %d unreadable, %d with errors (%s stored/s)",
                head, n, skipped.get(), failed.get(), withErrors.get(), IngestCommand.rate(n, System.nanoTime() - start));
    }

    void finish(String store) {
        finish(store, false);
    }

    /** The summary line; {@code stopped} when the ingest ended before its inputs did. */
    void finish(String store, boolean stopped) {
        close();
        log.println(line("sitrep ingest: " + (stopped ? "stopped early; so far into " : "done into ") + store));
        log.flush();
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
