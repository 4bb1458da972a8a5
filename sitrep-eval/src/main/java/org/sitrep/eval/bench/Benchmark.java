package org.sitrep.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Times an engine over the same texts on a fixed number of threads and records the heap it needs.
 * Engines run one after another in one JVM; each phase starts from a collected heap with the peak
 * counters reset, so each peak is that engine's own.
 */
public final class Benchmark {
    private Benchmark() {
    }

    /** One engine's figures. */
    public record Result(String engine, int articles, long tokens, double seconds, long loadMillis,
                         long modelHeapBytes, long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /**
     * Loads an engine, warms it up on the first {@code warmup} texts, then times it over all.
     *
     * @param load    builds the engine (timed as load time)
     * @param analyse analyses one text with the engine and returns its token count
     */
    public static <E> Result run(String name, List<String> texts, int threads, int warmup, Supplier<E> load,
                                 java.util.function.BiFunction<E, String, Integer> analyse) throws Exception {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        E engine = load.get();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        long modelHeap = Math.max(0, usedAfterGc() - before);
        for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
            analyse.apply(engine, texts.get(i));
        }
        usedAfterGc();
        resetPeaks();
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        ToIntFunction<String> one = t -> analyse.apply(engine, t);
        if (threads <= 1) {
            for (String t : texts) {
                tokens.addAndGet(one.applyAsInt(t));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> fs = texts.stream().<Future<?>>map(t -> pool.submit(() -> tokens.addAndGet(one.applyAsInt(t)))).toList();
                for (Future<?> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, texts.size(), tokens.get(), seconds, loadMillis, modelHeap, peakHeap());
    }

    /** Heap in use after a full collection. */
    public static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
