package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a function over a list on a fixed number of threads, keeping the input order. */
final class Parallel {
    private Parallel() {
    }

    static <A, B> List<B> map(List<A> in, int threads, Function<A, B> f) {
        if (threads <= 1 || in.size() <= 1) {
            List<B> out = new ArrayList<>(in.size());
            in.forEach(a -> out.add(f.apply(a)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<B>> futures = new ArrayList<>();
            for (A a : in) {
                futures.add(pool.submit(() -> f.apply(a)));
            }
            List<B> out = new ArrayList<>(in.size());
            for (Future<B> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
