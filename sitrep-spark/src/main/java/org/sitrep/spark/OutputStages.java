package org.sitrep.spark;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.store.rows.TableRows.Table;
import scala.Tuple2;

/**
 * What the job does with the analysed records: cross-article linking and the output, with few
 * Spark jobs and no Spark SQL (its planning and code generation per table cost more than the
 * writing on corpora of thousands of articles):
 * <ol>
 * <li>the link features made in the analysis tasks ({@link LinkFeatures}), persisted;</li>
 * <li>the order-dependent decisions over those features, in input order on the driver
 *     ({@link OrderedResolver}: first record of an id, sequence numbers, stories), beside the
 *     distributed near-duplicate stage ({@link NearDuplicates});</li>
 * <li>duplicate groups from each copy's best match (driver), broadcast with the rest as a {@link Resolution};</li>
 * <li>the events' cross-article links ({@link EventLinks}), partitioned as the analysed records are;</li>
 * <li>one pass over the analysed records with their event links that writes the JSON Lines and
 *     the per-article tables ({@link WritePartition}), beside the links and stories tables.</li>
 * </ol>
 */
final class OutputStages implements AutoCloseable {
    private final JavaSparkContext sc;
    private final JobConfig config;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "sitrep-spark-output");
        t.setDaemon(true);
        return t;
    });

    OutputStages(JavaSparkContext sc, JobConfig config) {
        this.sc = sc;
        this.config = config;
    }

    /** At most this many articles' link features are on the driver at once (the story pass fetches them in batches). */
    static final int DRIVER_BATCH = 20_000;

    /**
     * @param partitioner how the analysed records are partitioned (contiguous ranges of input positions)
     * @param articles    how many records were analysed (for the story pass's batches)
     * @return the rows written per table ({@link Table#ordinal()})
     */
    long[] run(JavaRDD<Analysed> analysed, ContiguousPartitioner partitioner, long articles) throws IOException {
        long t = System.nanoTime();
        ParquetTables.Conf conf = new ParquetTables.Conf(sc.hadoopConfiguration());
        String output = config.output();
        for (String dir : List.of("json", "tables")) { // replaces an earlier run's output
            Path p = new Path(output, dir);
            p.getFileSystem(conf.get()).delete(p, true);
        }
        // serialised: Spark's size estimate of deserialised term maps cost more than the linking itself
        JavaRDD<LinkFeatures> features = analysed.filter(Analysed::analysed).map(Analysed::features)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
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
        Future<?> links = pool.submit(() -> {
            kept.foreachPartition(matches -> {
                try (ParquetTables tables = new ParquetTables(conf, output, ParquetTables.part(TaskContext.getPartitionId()),
                        String.valueOf(TaskContext.get().taskAttemptId()))) {
                    tables.open(Table.LINKS);
                    matches.forEachRemaining(m -> tables.write(Table.LINKS, m.linkRow()));
                }
            });
            return null;
        });
        try (ParquetTables tables = new ParquetTables(conf, output, ParquetTables.part(0), "driver")) {
            tables.open(Table.STORIES);
            resolver.storyRows().forEach(r -> tables.write(Table.STORIES, r));
        }
        JavaRDD<EventLinks.Link> eventLinks = EventLinks.rows(features, resolution, compactPartitions())
                .mapToPair(l -> new Tuple2<>(l.index(), l)).partitionBy(partitioner).values();
        long[] counts = analysed.zipPartitions(eventLinks, new WritePartition(resolution, conf, output))
                .reduce(OutputStages::sum);
        get(links);
        ParquetTables.cleanUp(conf, output);
        Path jsonTmp = new Path(new Path(output, "json"), "_temporary");
        FileSystem fs = jsonTmp.getFileSystem(conf.get());
        fs.delete(jsonTmp, true);
        fs.create(new Path(new Path(output, "json"), "_SUCCESS"), true).close();
        AnalyzeJob.Stage.log("JSON Lines and tables", t);
        kept.unpersist(false);
        features.unpersist(false);
        dropped.destroy();
        resolution.destroy();
        return counts;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    /**
     * Partitions for the shuffles of compact link records and the links table's files: fewer than
     * the analysis has (each task costs a few milliseconds of scheduling and deserialisation, which
     * add up over the many small linking stages).
     */
    private int compactPartitions() {
        return Math.max(1, config.partitions() / 8);
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
