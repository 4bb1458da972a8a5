package org.sitrep.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The scale-out analysis: {@code spark-submit --class org.sitrep.spark.AnalyzeJob sitrep-spark.jar
 * --input PATH --output DIR [--partitions N] [--annotator corenlp|simple]}. Stages: list the input
 * files (driver) → read them with the shared ingest readers (one task per file) → spread the
 * records in input order over N contiguous partitions of about equal work → analyse with one
 * engine per executor JVM, reducing each analysis in the same task to its JSON line, link features
 * and table rows ({@link Analysed}; persisted once, serialised) → link the corpus as Spark stages
 * ({@link OutputStages}) → write {@code DIR/json} (the JSON Lines of {@code sitrep analyze --format
 * jsonl}, in input order: partition by partition) and {@code DIR/tables/<table>} as Parquet with the
 * store's columns (articles, entities, mentions, times, attributions, events, stories, links,
 * diagnostics). The tables equal the embedded store's after ingesting the same articles in the
 * same order.
 */
public final class AnalyzeJob {
    private AnalyzeJob() {
    }

    public static void main(String[] args) throws IOException {
        JobConfig config = parse(args);
        SparkSession spark = SparkSession.builder().appName("sitrep-analyze").getOrCreate();
        try {
            JobSummary s = run(spark, config);
            System.out.println("sitrep spark: " + s.articles() + " articles from " + s.files() + " files, "
                    + s.failures() + " failed, in " + s.seconds() + " s; output in " + config.output());
        } finally {
            spark.stop();
        }
    }

    /** Parses {@code --input --output [--partitions] [--annotator]}. */
    public static JobConfig parse(String[] args) {
        String input = null;
        String output = null;
        String annotator = System.getProperty("sitrep.annotator", "corenlp");
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--input" -> input = v;
                case "--output" -> output = v;
                case "--annotator" -> annotator = v;
                case "--partitions" -> partitions = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--input PATH --output DIR [--partitions N] [--annotator corenlp|simple])");
            }
            i++;
        }
        if (input == null || output == null) {
            throw new IllegalArgumentException("--input and --output are required");
        }
        return new JobConfig(input, output, annotator, partitions == 0 ? 4 : partitions);
    }

    /** Runs the job on a session (local or cluster). */
    public static JobSummary run(SparkSession spark, JobConfig config) throws IOException {
        long start = System.nanoTime();
        Stage.log("session", start);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        try (OutputStages output = new OutputStages(sc, config)) {
            List<String> files = list(sc, config.input());
            JavaRDD<Item> read = read(sc, files, config.partitions());
            Ordered ordered = inInputOrder(read, config.partitions());
            JavaRDD<Analysed> analysed = ordered.items().mapPartitions(new AnalyzePartition(config.annotator()))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER()); // compact beside the models; read three times (features, links, output)
            // materialise the analysis on its own (timed apart from the output stages), counting as it goes
            long[] counts = analysed.aggregate(new long[2], AnalyzeJob::count, AnalyzeJob::sum);
            read.unpersist(false);
            long analysisNanos = System.nanoTime() - start;
            Stage.log("analysis", start);
            output.run(analysed, ordered.partitioner(), counts[0]);
            analysed.unpersist(false);
            return new JobSummary(files.size(), counts[0], counts[1], System.nanoTime() - start, analysisNanos);
        }
    }

    /** Reads the input files (one task per file, at most {@code partitions} at once), numbering the records in input order. */
    private static JavaRDD<Item> read(JavaSparkContext sc, List<String> files, int partitions) {
        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        return sc.parallelize(indexed, Math.max(1, Math.min(files.size(), partitions))).flatMap(new ReadFile())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /** The records in input order, and how they are partitioned. */
    record Ordered(JavaRDD<Item> items, ContiguousPartitioner partitioner) {
    }

    /**
     * The records numbered 0…n-1 in input order and spread over contiguous partitions of about
     * equal work (by text length, {@link #weight}: no partition keeps one thread busy while the
     * others wait), each sorted: partition index then position is input order from here on (no
     * global sort later).
     */
    static Ordered inInputOrder(JavaRDD<Item> read, int partitions) {
        List<long[]> weights = read.mapPartitions(AnalyzeJob::weights).collect();
        long[] offsets = new long[weights.size() + 1];
        for (int i = 0; i < weights.size(); i++) {
            offsets[i + 1] = offsets[i] + weights.get(i).length;
        }
        long[] all = new long[Math.toIntExact(offsets[weights.size()])];
        for (int i = 0; i < weights.size(); i++) {
            System.arraycopy(weights.get(i), 0, all, (int) offsets[i], weights.get(i).length);
        }
        ContiguousPartitioner partitioner = ContiguousPartitioner.balanced(all, partitions);
        JavaRDD<Item> items = read.mapPartitionsWithIndex((p, it) -> new java.util.Iterator<Item>() {
            long next = offsets[p];

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Item next() {
                return it.next().at(next++);
            }
        }, true).mapToPair(i -> new Tuple2<>(i.seq(), i)).repartitionAndSortWithinPartitions(partitioner).values();
        return new Ordered(items, partitioner);
    }

    /** The weights of one read partition's records, in order. */
    private static java.util.Iterator<long[]> weights(java.util.Iterator<Item> items) {
        List<Long> w = new ArrayList<>();
        items.forEachRemaining(i -> w.add(weight(i)));
        return List.of(w.stream().mapToLong(Long::longValue).toArray()).iterator();
    }

    /**
     * What analysing a record costs, roughly: its main text's length (the whole content when no
     * main text was extracted) plus a fixed part per article.
     */
    static long weight(Item item) {
        if (item.raw() == null) {
            return 1;
        }
        String text = item.raw().main() != null ? item.raw().main() : item.raw().content();
        return 1_000L + (text == null ? 0 : text.length());
    }

    /** {articles analysed, failures (unreadable, analysis threw, or analysis with an ERROR)}. */
    private static long[] count(long[] c, Analysed a) {
        return new long[] {c[0] + (a.analysed() ? 1 : 0), c[1] + (a.failed() ? 1 : 0)};
    }

    private static long[] sum(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1]};
    }

    /** Every article file under the input path (recursively; see {@link #accepted}), sorted. */
    static List<String> list(JavaSparkContext sc, String input) throws IOException {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(sc.hadoopConfiguration());
        List<String> out = new ArrayList<>();
        FileStatus status = fs.getFileStatus(root);
        if (status.isFile()) {
            out.add(status.getPath().toString());
            return out;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String name = f.getPath().getName();
            if (f.isFile() && accepted(name)) {
                out.add(f.getPath().toString());
            }
        }
        out.sort(null);
        return out;
    }

    /** Article files the embedded readers take, plus WARC and feed containers (sidecars are read with their article). */
    static boolean accepted(String name) {
        java.nio.file.Path p = java.nio.file.Path.of(name);
        return org.sitrep.ingest.Ingest.isArticleFileName(name)
                || new org.sitrep.ingest.warc.WarcSource(new org.sitrep.ingest.html.BasicHtmlExtractor()).accepts(p)
                || new org.sitrep.ingest.feed.FeedSource().accepts(p);
    }

    /** Stage timings on standard error with -Dsitrep.spark.timing=true: wall time and this JVM's CPU time. */
    static final class Stage {
        static final boolean ON = Boolean.getBoolean("sitrep.spark.timing");
        private static long lastCpu = cpu();

        private Stage() {
        }

        static synchronized void log(String stage, long since) {
            if (ON) {
                long now = cpu();
                System.err.printf(java.util.Locale.ROOT, "sitrep spark: %-24s %6.2f s wall, %6.2f s CPU since the last line (at %s)%n",
                        stage, (System.nanoTime() - since) / 1e9, (now - lastCpu) / 1e9, java.time.LocalTime.now());
                lastCpu = now;
            }
        }

        private static long cpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }
    }
}
