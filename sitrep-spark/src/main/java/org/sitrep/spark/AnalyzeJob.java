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
import org.sitrep.store.rows.TableRows;
import scala.Tuple2;

/**
 * The scale-out analysis: {@code spark-submit --class org.sitrep.spark.AnalyzeJob sitrep-spark.jar
 * --input PATH --output DIR [--partitions N] [--annotator corenlp|simple]}. Stages: list the input
 * files (driver) → read them with the shared ingest readers (one task per file) → spread the
 * records in input order over N contiguous partitions → analyse with one engine per executor JVM
 * (persisted once, serialised) → write {@code DIR/json} (the JSON Lines of
 * {@code sitrep analyze --format jsonl}, in input order: partition by partition) → link the
 * corpus as Spark stages ({@link OutputStages}) → write {@code DIR/tables/<table>} as Parquet with the
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
        try (OutputStages output = new OutputStages(spark, config)) {
            java.util.concurrent.Future<?> warm = output.warmUp();
            List<String> files = list(sc, config.input());
            JavaRDD<Item> read = read(sc, files, config.partitions());
            JavaRDD<Item> analysed = inInputOrder(read, config.partitions())
                    .mapPartitions(new AnalyzePartition(config.annotator()))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER()); // compact beside the models; read three times (JSON, features, rows)
            // materialise the analysis on its own (timed apart from the output stages), counting as it goes
            long[] counts = analysed.aggregate(new long[2], AnalyzeJob::count, AnalyzeJob::sum);
            read.unpersist(false);
            long analysisNanos = System.nanoTime() - start;
            Stage.log("analysis", start);
            OutputStages.get(warm);
            output.run(analysed, counts[0]);
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

    /**
     * The records numbered 0…n-1 in input order and spread over contiguous, equal partitions, each
     * sorted: partition index then position is input order from here on (no global sort later).
     */
    static JavaRDD<Item> inInputOrder(JavaRDD<Item> read, int partitions) {
        List<Long> sizes = read.mapPartitions(AnalyzeJob::size).collect();
        long[] offsets = new long[sizes.size() + 1];
        for (int i = 0; i < sizes.size(); i++) {
            offsets[i + 1] = offsets[i] + sizes.get(i);
        }
        long total = offsets[sizes.size()];
        return read.mapPartitionsWithIndex((p, items) -> new java.util.Iterator<Item>() {
            long next = offsets[p];

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Item next() {
                return items.next().at(next++);
            }
        }, true).mapToPair(i -> new Tuple2<>(i.seq(), i))
                .repartitionAndSortWithinPartitions(new ContiguousPartitioner(total, partitions)).values();
    }

    private static java.util.Iterator<Long> size(java.util.Iterator<Item> items) {
        long n = 0;
        for (; items.hasNext(); items.next()) {
            n++;
        }
        return List.of(n).iterator();
    }

    /** {articles analysed, failures (unreadable, analysis threw, or analysis with an ERROR)}. */
    private static long[] count(long[] c, Item i) {
        return new long[] {c[0] + (i.analysis() != null ? 1 : 0),
            c[1] + (i.analysis() == null || i.analysis().failed() ? 1 : 0)};
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

    /** Keeps the rows of one table. */
    static final class OfTable implements org.apache.spark.api.java.function.Function<TableRow, Boolean> {
        private static final long serialVersionUID = 1L;
        private final TableRows.Table table;

        OfTable(TableRows.Table table) {
            this.table = table;
        }

        @Override
        public Boolean call(TableRow r) {
            return r.table() == table;
        }
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
                System.err.printf(java.util.Locale.ROOT, "sitrep spark: %-24s %6.2f s wall, %6.2f s CPU since the last line%n",
                        stage, (System.nanoTime() - since) / 1e9, (now - lastCpu) / 1e9);
                lastCpu = now;
            }
        }

        private static long cpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }
    }
}
