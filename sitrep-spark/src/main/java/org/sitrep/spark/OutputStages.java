package org.sitrep.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.json.AnalysisJson;
import org.sitrep.store.rows.TableRows.Table;
import scala.Tuple2;

/**
 * What the job does with the analysed records: the JSON Lines, cross-article linking and the
 * tables. Independent Spark jobs run concurrently (each is small next to the analysis, and their
 * fixed costs overlap): the JSON Lines, the LSH stage and the order-dependent pass on the driver
 * at once; then the nine table writes at once.
 * <ol>
 * <li>link features per partition, in parallel ({@link LinkFeatures}), persisted;</li>
 * <li>the order-dependent decisions over those features, in input order on the driver
 *     ({@link OrderedResolver}: first record of an id, sequence numbers, stories), beside the
 *     distributed near-duplicate stage ({@link NearDuplicates});</li>
 * <li>duplicate groups from each copy's best match (driver), broadcast with the rest as a {@link Resolution};</li>
 * <li>table rows per partition ({@link TablePartition}) and the event links ({@link EventLinks}),
 *     joined to the event rows; every table written as Parquet.</li>
 * </ol>
 */
final class OutputStages implements AutoCloseable {
    private final SparkSession spark;
    private final JavaSparkContext sc;
    private final JobConfig config;
    /** -Dsitrep.spark.sequential=true: one output job at a time (with -Dsitrep.spark.timing, the cost of each write). */
    private static final boolean SEQUENTIAL = Boolean.getBoolean("sitrep.spark.sequential");
    private final ExecutorService pool = Executors.newFixedThreadPool(SEQUENTIAL ? 1 : 4, r -> {
        Thread t = new Thread(r, "sitrep-spark-output");
        t.setDaemon(true);
        return t;
    });

    OutputStages(SparkSession spark, JobConfig config) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.config = config;
    }

    /**
     * Loads and compiles what the Parquet writes need (several seconds in a fresh JVM) while the
     * analysis runs: a one-row table written under {@code DIR/_warmup} and removed.
     */
    Future<?> warmUp() {
        return pool.submit(() -> {
            Path dir = new Path(config.output(), "_warmup");
            spark.createDataFrame(List.of(SparkRows.row(new Object[] {"", "", null, null, 0})), SparkRows.schema(Table.STORIES))
                    .write().mode(SaveMode.Overwrite).parquet(dir.toString());
            dir.getFileSystem(sc.hadoopConfiguration()).delete(dir, true);
            return null;
        });
    }

    /** At most this many articles' link features are on the driver at once (the story pass fetches them in batches). */
    static final int DRIVER_BATCH = 20_000;

    /** @param articles how many records were analysed (for the story pass's batches) */
    void run(JavaRDD<Item> analysed, long articles) throws IOException {
        long t = System.nanoTime();
        Future<?> json = pool.submit(() -> writeJson(analysed));
        JavaRDD<LinkFeatures> features = analysed.mapPartitions(OutputStages::features).persist(StorageLevel.MEMORY_AND_DISK());
        OrderedResolver resolver = new OrderedResolver();
        resolver.ids(features.map(f -> new Tuple2<>(f.index(), f.id())).collect()); // also computes the features, in parallel
        Broadcast<Set<Long>> dropped = sc.broadcast(resolver.dropped());
        // records skipped for their id are not in the embedded index: pairs with them go, the others stay as they are
        JavaRDD<NearDuplicates.Match> kept = NearDuplicates.matches(features.filter(f -> !dropped.value().contains(f.index())),
                        compactPartitions())
                .persist(StorageLevel.MEMORY_AND_DISK());
        Future<java.util.TreeMap<Long, String[]>> best = pool.submit(() -> NearDuplicates.best(kept));
        int n = features.getNumPartitions();
        int batch = (int) Math.max(1, Math.min(n, DRIVER_BATCH / Math.max(1, (articles + n - 1) / n)));
        for (int from = 0; from < n; from += batch) { // the story pass, in input order, beside the LSH stage
            for (List<LinkFeatures> part : features.collectPartitions(java.util.stream.IntStream.range(from,
                    Math.min(n, from + batch)).toArray())) {
                part.forEach(resolver::stories);
            }
        }
        resolver.roots(get(best));
        Broadcast<Resolution> resolution = sc.broadcast(resolver.resolution());
        AnalyzeJob.Stage.log("features, stories, LSH", t);

        t = System.nanoTime();
        JavaRDD<TableRow> rows = analysed.zipPartitions(features, new TablePartition(resolution))
                .persist(StorageLevel.MEMORY_AND_DISK());
        rows.count(); // once, before the concurrent writes read it
        AnalyzeJob.Stage.log("table rows", t);
        Tables tables = new Tables(spark, config.output());
        int small = compactPartitions();
        List<Future<?>> writes = new ArrayList<>();
        for (Table table : Tables.perArticle()) {
            writes.add(pool.submit(() -> tables.write(table, tables.frame(table, rows.filter(new AnalyzeJob.OfTable(table))
                    .map(TableRow::values)), table == Table.ARTICLES ? 0 : small)));
        }
        writes.add(pool.submit(() -> tables.write(Table.LINKS, tables.frame(Table.LINKS, kept.map(NearDuplicates.Match::linkRow)), 1)));
        writes.add(pool.submit(() -> tables.write(Table.STORIES, tables.frame(Table.STORIES, resolver.storyRows()), 1)));
        writes.add(pool.submit(() -> tables.write(Table.EVENTS, tables.events(rows.filter(new AnalyzeJob.OfTable(Table.EVENTS))
                .map(TableRow::values), EventLinks.rows(features, resolution, compactPartitions())), small)));
        for (Future<?> f : writes) {
            get(f);
            if (SEQUENTIAL) {
                AnalyzeJob.Stage.log("write", t);
            }
        }
        get(json);
        AnalyzeJob.Stage.log("tables", t);
        rows.unpersist(false);
        kept.unpersist(false);
        features.unpersist(false);
        dropped.destroy();
        resolution.destroy();
    }

    /**
     * Partitions for the shuffles of compact link records and for the small tables' files: fewer
     * than the analysis has (each task costs a few milliseconds of scheduling and deserialisation,
     * which add up over the many small linking stages).
     */
    private int compactPartitions() {
        return Math.max(1, config.partitions() / 8);
    }

    /** DIR/json: the JSON Lines in input order (partition by partition), replacing an earlier run's. */
    private Void writeJson(JavaRDD<Item> analysed) throws IOException {
        Path json = new Path(config.output(), "json");
        json.getFileSystem(sc.hadoopConfiguration()).delete(json, true);
        analysed.filter(i -> i.analysis() != null).map(i -> AnalysisJson.toLine(i.analysis())).saveAsTextFile(json.toString());
        return null;
    }

    private static Iterator<LinkFeatures> features(Iterator<Item> items) {
        List<LinkFeatures> out = new ArrayList<>();
        items.forEachRemaining(i -> {
            if (i.analysis() != null) {
                out.add(LinkFeatures.of(i.seq(), i.analysis()));
            }
        });
        return out.iterator();
    }

    /** Waits for a concurrent stage; its failure fails the job. */
    static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
