package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.Sitrep;
import org.sitrep.eval.bench.Benchmark;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.RawArticle;
import org.sitrep.spark.JobConfig;
import org.sitrep.spark.JobSummary;
import org.sitrep.spark.LocalRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep spark-bench --data DIR --limit N}: the Spark job in {@code local[1]} and
 * {@code local[2]} against the embedded analysis on 1 and 2 threads ({@code sitrep bench}'s timing
 * code), side by side in one JVM with one engine, on the same articles, as ratios.
 */
@Command(name = "spark-bench", mixinStandardHelpOptions = true,
        description = "Benchmarks the Spark job (local[1], local[2]) against the embedded analysis (1 and 2 threads) on the same articles.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:usage error or Spark missing from the class path"})
public final class SparkBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "A folder of articles (.txt, any depth), as for 'sitrep bench'.")
    Path data;

    @Option(names = "--limit", defaultValue = "400", description = "At most this many articles (sorted by path; default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warmup", defaultValue = "20", description = "Articles analysed on 2 threads before any timing (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "1", description = "Rounds of the four runs; each figure is its best round (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--partitions-per-thread", defaultValue = "" + SparkCommand.PARTITIONS_PER_THREAD,
            description = "Spark partitions per local thread (default ${DEFAULT-VALUE}).")
    int partitionsPerThread;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!SparkCommand.sparkPresent(spec.commandLine().getErr(), "spark-bench") || !Files.isDirectory(data)) {
            if (!Files.isDirectory(data)) {
                spec.commandLine().getErr().println("sitrep spark-bench: " + data + " is not a folder");
            }
            return Main.USAGE;
        }
        String annotator = System.getProperty("sitrep.annotator", "corenlp");
        Path work = Files.createTempDirectory("sitrep-spark-bench");
        try {
            Path input = Files.createDirectories(work.resolve("in"));
            List<RawArticle> raws = select(input);
            out.printf(Locale.ROOT, "%d articles from %s (annotator %s, %d partitions per Spark thread, %d round(s))%n",
                    raws.size(), data, annotator, partitionsPerThread, rounds);
            out.flush();
            Sitrep engine = LocalRun.engine(annotator); // the executors' engine: one per JVM, shared by every run
            // warm-up, untimed: the engine (as sitrep bench does) and Spark's own code paths (a whole job on
            // the first articles), so that no timed run pays this JVM's class loading and JIT compilation
            Benchmark.run("warmup", keys(Math.min(warmup, raws.size())), 2, 0, () -> engine, (e, k) -> analyse(e, raws, k));
            Path few = Files.createDirectories(work.resolve("warmup"));
            try (Stream<Path> s = Files.walk(input)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().limit(Math.max(1, warmup)).toList()) {
                    Path copy = few.resolve(input.relativize(p).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(p, copy);
                }
            }
            LocalRun.run(new JobConfig(few.toString(), work.resolve("out-warmup").toString(), annotator,
                    2 * partitionsPerThread), "local[2]", 0);
            Map<String, Double> best = new LinkedHashMap<>();
            for (int round = 1; round <= rounds; round++) {
                embedded(out, best, engine, raws, 1);
                spark(out, best, input, work, annotator, 1, raws.size());
                spark(out, best, input, work, annotator, 2, raws.size());
                embedded(out, best, engine, raws, 2);
            }
            double l1 = best.get("local[1]");
            double l2 = best.get("local[2]");
            double t1 = best.get("threads 1");
            double t2 = best.get("threads 2");
            out.printf(Locale.ROOT, "local[2] / local[1]:   %.2fx (target >= 1.70; analysis stage alone %.2fx)%n", l2 / l1,
                    best.get("local[2] analysis") / best.get("local[1] analysis"));
            out.printf(Locale.ROOT, "local[2] / threads 2:  %.2fx (target >= 0.85; analysis stage alone %.2fx)%n", l2 / t2,
                    best.get("local[2] analysis") / t2);
            out.printf(Locale.ROOT, "threads 2 / threads 1: %.2fx (the embedded ceiling on this machine)%n", t2 / t1);
            return 0;
        } finally {
            delete(work);
        }
    }

    /** The articles 'sitrep bench' takes (sorted, limited), copied with their sidecars into the job's input folder. */
    private List<RawArticle> select(Path input) throws IOException, org.sitrep.ingest.IngestException {
        List<RawArticle> raws = new ArrayList<>();
        Ingest ingest = new Ingest();
        List<Path> files;
        try (Stream<Path> s = Files.walk(data)) {
            files = s.filter(Files::isRegularFile).filter(Inputs::isArticleFile).sorted().limit(limit).toList();
        }
        for (Path p : files) {
            Path copy = input.resolve(data.relativize(p).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(p, copy);
            String name = p.getFileName().toString();
            for (String suffix : new String[] {".html.gz", ".html", ".htm", ".txt", ".text"}) {
                if (name.endsWith(suffix)) {
                    name = name.substring(0, name.length() - suffix.length());
                    break;
                }
            }
            Path meta = p.resolveSibling(name + ".meta.json");
            if (Files.exists(meta)) {
                Files.copy(meta, copy.resolveSibling(meta.getFileName()));
            }
            ingest.read(copy, raws::add);
        }
        return raws;
    }

    private void embedded(PrintWriter out, Map<String, Double> best, Sitrep engine, List<RawArticle> raws, int threads)
            throws Exception {
        Benchmark.Result r = Benchmark.run("threads " + threads, keys(raws.size()), threads, 0, () -> engine,
                (e, k) -> analyse(e, raws, k));
        record(out, best, r.engine(), r.articles(), r.seconds(), null);
    }

    private void spark(PrintWriter out, Map<String, Double> best, Path input, Path work, String annotator, int threads,
                       int articles) throws IOException {
        Benchmark.usedAfterGc();
        String master = "local[" + threads + "]";
        Path output = work.resolve("out-" + threads);
        JobSummary s = LocalRun.run(new JobConfig(input.toString(), output.toString(), annotator,
                threads * partitionsPerThread), master, 0);
        delete(output);
        if (s.articles() != articles) {
            throw new IllegalStateException(master + " analysed " + s.articles() + " of " + articles + " articles");
        }
        record(out, best, master, s.articles(), s.nanos() / 1e9, s.analysisNanos() / 1e9);
    }

    private static void record(PrintWriter out, Map<String, Double> best, String name, long articles, double seconds,
                               Double analysisSeconds) {
        double rate = articles / seconds;
        best.merge(name, rate, Math::max);
        String extra = "";
        if (analysisSeconds != null) {
            best.merge(name + " analysis", articles / analysisSeconds, Math::max);
            extra = String.format(Locale.ROOT, "  (analysis stage %.1f s, %.2f articles/s; output stages %.1f s)",
                    analysisSeconds, articles / analysisSeconds, seconds - analysisSeconds);
        }
        out.printf(Locale.ROOT, "%-10s %5d articles in %6.1f s: %6.2f articles/s%s%n", name, articles, seconds, rate, extra);
        out.flush();
    }

    private static List<String> keys(int n) {
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(String.valueOf(i));
        }
        return keys;
    }

    private static int analyse(Sitrep engine, List<RawArticle> raws, String key) {
        RawArticle raw = raws.get(Integer.parseInt(key));
        engine.analyze(raw);
        return 1;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
