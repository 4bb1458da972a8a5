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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.json.AnalysisJson;
import org.sitrep.store.rows.TableRows;
import scala.Tuple2;

/**
 * The scale-out analysis: {@code spark-submit --class org.sitrep.spark.AnalyzeJob sitrep-spark.jar
 * --input PATH --output DIR [--partitions N] [--annotator corenlp|simple]}. Stages: list the input
 * files (driver) → read them with the shared ingest readers (one task per file) → spread the
 * articles over N partitions → analyse with one engine per executor JVM → write
 * {@code DIR/json} (the JSON Lines of {@code sitrep analyze --format jsonl}, in input order) →
 * link the corpus in input order on one partition ({@link LinkCorpus}) → write
 * {@code DIR/tables/<table>} as Parquet with the store's columns (articles, entities, mentions,
 * times, attributions, events, stories, links, diagnostics).
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
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = list(sc, config.input());
        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        JavaRDD<Item> analysed = sc.parallelize(indexed, Math.max(1, Math.min(files.size(), config.partitions())))
                .flatMap(new ReadFile())
                .repartition(config.partitions())
                .mapPartitions(new AnalyzePartition(config.annotator()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        analysed.count(); // materialise the analysis stage on its own, to time it apart from the output stages
        long analysisNanos = System.nanoTime() - start;
        JavaRDD<Item> ordered = analysed.sortBy(Item::seq, true, config.partitions());
        ordered.filter(i -> i.analysis() != null).map(i -> AnalysisJson.toLine(i.analysis()))
                .saveAsTextFile(config.output() + "/json");
        JavaRDD<TableRow> rows = analysed.sortBy(Item::seq, true, 1).mapPartitions(new LinkCorpus())
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (TableRows.Table t : TableRows.Table.values()) {
            JavaRDD<Row> tableRows = rows.filter(new OfTable(t)).map(new ToSparkRow());
            spark.createDataFrame(tableRows, SparkRows.schema(t)).write().mode(SaveMode.Overwrite)
                    .parquet(config.output() + "/tables/" + t.sqlName());
        }
        long articles = analysed.filter(i -> i.analysis() != null).count();
        long failures = analysed.filter(i -> i.analysis() == null || i.analysis().failed()).count();
        rows.unpersist();
        analysed.unpersist();
        return new JobSummary(files.size(), articles, failures, System.nanoTime() - start, analysisNanos);
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

    /** A table row as a Spark row of that table's schema. */
    static final class ToSparkRow implements org.apache.spark.api.java.function.Function<TableRow, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(TableRow r) {
            return SparkRows.row(r.values());
        }
    }
}
