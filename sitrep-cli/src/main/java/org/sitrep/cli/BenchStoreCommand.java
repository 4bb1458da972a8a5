package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.model.Analysis;
import org.sitrep.model.RawArticle;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventRow;
import org.sitrep.store.Store;
import org.sitrep.store.duckdb.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-store}: builds a synthetic DuckDB store of N events (bulk-loaded through
 * DuckDB's Appender) and reports the median latency of a filtered event query and of an entity's
 * per-day timeline; with {@code --data}, also ingest throughput (analysis + store) against
 * analysis throughput alone on the same articles.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Benchmarks the store: query and timeline latency on a synthetic store, ingest vs analysis throughput.")
public final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events to load.")
    int events;

    @Option(names = "--runs", defaultValue = "50", description = "Timed runs per query (after 5 warm-up runs).")
    int runs;

    @Option(names = "--dir", description = "Where to build the synthetic store (default: a temporary folder, deleted after;"
            + " a store already built there is reused).")
    Path dir;

    @Option(names = "--data", description = "A folder of articles for the ingest-vs-analysis throughput comparison.")
    Path data;

    @Option(names = "--limit", defaultValue = "100", description = "Articles from --data.")
    int limit;

    private static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
        "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"};

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = dir != null ? dir : Files.createTempDirectory("sitrep-bench-store");
        try {
            queries(out, home.resolve("synthetic"));
            if (data != null) {
                throughput(out, home.resolve("ingest"));
            }
        } finally {
            if (dir == null) {
                delete(home);
            }
        }
        return 0;
    }

    private void queries(PrintWriter out, Path storeDir) {
        try (DuckDbStore store = DuckDbStore.open(storeDir, false)) {
            long have = store.stats().events();
            if (have >= events) {
                out.printf(Locale.ROOT, "reusing the synthetic store in %s (%d events)%n", storeDir, have);
            } else {
                long t0 = System.nanoTime();
                long n = store.appendEvents(synthetic(events - (int) have, 42 + have));
                out.printf(Locale.ROOT, "loaded %d synthetic events in %.1f s (DuckDB Appender)%n", n, (System.nanoTime() - t0) / 1e9);
            }
            Random r = new Random(7);
            double q = median(() -> {
                LocalDate from = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1500));
                return store.events(new EventQuery(actor(r.nextInt(2000)), null, TYPES[r.nextInt(TYPES.length)], from,
                        from.plusDays(180), 2, 100)).size();
            });
            double t = median(() -> store.dailyCounts(actor(r.nextInt(2000))).size());
            double detail = median(() -> store.timeline(actor(r.nextInt(2000)), TimelineCommand.DEFAULT_LIMIT).size());
            double detail500 = median(() -> store.timeline(actor(r.nextInt(2000)), 500).size());
            out.printf(Locale.ROOT, "filtered event query (actor, type, 180-day window, min-sources 2): median %.1f ms%n", q);
            out.printf(Locale.ROOT, "per-day timeline of an entity (event count per day):            median %.1f ms%n", t);
            out.printf(Locale.ROOT, "detailed timeline (counts + top 5 events/day, first %d events, + articles): median %.1f ms%n",
                    TimelineCommand.DEFAULT_LIMIT, detail);
            out.printf(Locale.ROOT, "detailed timeline as above with --limit 500:                     median %.1f ms%n", detail500);
            out.printf(Locale.ROOT, "target < 100 ms median (query, per-day timeline, detailed timeline at the default limit): %s%n",
                    q < 100 && t < 100 && detail < 100 ? "met" : "NOT met");
            out.printf(Locale.ROOT, "load average while measuring: %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private double median(java.util.function.IntSupplier query) {
        for (int i = 0; i < 5; i++) {
            query.getAsInt();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            query.getAsInt();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    static String actor(int i) {
        return String.format(Locale.ROOT, "Actor %04d", i);
    }

    /** Deterministic synthetic events: 2,000 actors, 16 types, 5 years of days, 1–10 sources. */
    static Iterator<EventRow> synthetic(int n, long seed) {
        Random r = new Random(seed);
        LocalDate start = LocalDate.of(2020, 1, 1);
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public EventRow next() {
                int k = i++;
                int a1 = r.nextInt(2000);
                int a2 = r.nextInt(2000);
                String type = TYPES[r.nextInt(TYPES.length)];
                LocalDate day = start.plusDays(r.nextInt(1826));
                int sources = 1 + r.nextInt(10);
                return new EventRow("syn" + k, "article" + (k / 5), "v" + (k % 5), "c" + (k / 3), "s" + (k / 40), day,
                        actor(a1), "A" + a1, "C" + (a1 % 200), actor(a2), "A" + a2, "C" + (a2 % 200), "19", type, null,
                        sources, sources + r.nextInt(5), r.nextInt(50) == 0, "CERTAIN", "POS", null, null, null,
                        "https://example.org/" + (k / 5), "trigger");
            }
        };
    }

    /**
     * Analysis alone over the articles (read beforehand) against the ingest command's own loop over
     * the same files into a fresh store (read, analyse, store, link, index), both with one analysis
     * thread and the same engine, after a full warm-up pass, alternating over two rounds.
     */
    private void throughput(PrintWriter out, Path storeDir) throws IOException {
        Sitrep sitrep = Engines.standard();
        IngestInputs inputs = new IngestInputs(sitrep.ingest());
        List<Path> files = inputs.expand(List.of(data)).stream().limit(limit).toList();
        List<RawArticle> raws = new ArrayList<>();
        for (Path f : files) {
            try {
                inputs.read(f, raws::add);
            } catch (org.sitrep.ingest.IngestException e) {
                out.println("skipped " + f + ": " + e.getMessage());
            }
        }
        raws.forEach(sitrep::analyze); // warm-up: one full pass (the JIT keeps speeding analysis up for a while)
        long analysis = 0;
        long ingest = 0;
        long stored = 0;
        for (int round = 1; round <= 2; round++) { // alternate, so that drift in load or JIT favours neither side
            long t0 = System.nanoTime();
            List<Analysis> analyses = raws.stream().map(sitrep::analyze).toList();
            long a = System.nanoTime() - t0;
            if (round == 2) {
                delete(storeDir);
                try (Store store = DuckDbStore.open(storeDir, false)) {
                    long t2 = System.nanoTime();
                    for (int k = 0; k < raws.size(); k++) {
                        store.put(raws.get(k), analyses.get(k));
                    }
                    out.printf(Locale.ROOT, "store alone (link + write + index of the analyses): %.1f articles/s%n",
                            raws.size() / ((System.nanoTime() - t2) / 1e9));
                }
            }
            delete(storeDir); // a store left by an earlier round would skip every article
            try (Store store = DuckDbStore.open(storeDir, false)) {
                long t1 = System.nanoTime(); // opening and closing the store are once per run, not per article
                new OrderedIngest(store, sitrep, inputs, IngestProgress.quiet(), 1).run(files);
                long i = System.nanoTime() - t1;
                stored = store.stats().articles();
                out.printf(Locale.ROOT, "round %d: analysis only %.2f articles/s, ingest %.2f articles/s%n", round,
                        raws.size() / (a / 1e9), stored / (i / 1e9));
                analysis += a;
                ingest += i;
            }
        }
        double a = 2 * raws.size() / (analysis / 1e9);
        double i = 2 * stored / (ingest / 1e9);
        out.printf(Locale.ROOT, "analysis only:        %.2f articles/s (%d articles, 1 thread, 2 rounds)%n", a, raws.size());
        out.printf(Locale.ROOT, "ingest (read + analysis + store + link + index, the ingest command's loop): %.2f articles/s"
                + " (%d stored)%n", i, stored);
        out.printf(Locale.ROOT, "ingest / analysis: %.2f (target ≥ 0.90: %s)%n", i / a, i / a >= 0.9 ? "met" : "NOT met");
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
