package org.sitrep.spark;

import java.io.IOException;
import org.apache.spark.sql.SparkSession;

/**
 * Runs {@link AnalyzeJob} in this JVM on a local master ({@code local[N]}), for the CLI's
 * {@code sitrep spark} command (executors are threads of this JVM). Its signature names no Spark type, so the CLI compiles without
 * Spark and needs it on the class path only when this runs.
 */
public final class LocalRun {
    private LocalRun() {
    }

    /** This JVM's executor engine for an annotator name (built on first use), e.g. to compare with the embedded path. */
    public static org.sitrep.Sitrep engine(String annotator) {
        return ExecutorEngine.get(annotator);
    }

    /**
     * Runs the job; the executor engine is this JVM's, and it is loaded before the job starts, so
     * the summary's time is analysis and output, not model loading (as {@code sitrep bench}).
     *
     * @param warmup articles of the first input file analysed before the timed run (0 for none)
     */
    public static JobSummary run(JobConfig config, String master, int warmup) throws IOException {
        org.sitrep.Sitrep engine = ExecutorEngine.get(config.annotator());
        SparkSession spark = SparkSession.builder().master(master).appName("sitrep spark")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(config.partitions()))
                .getOrCreate();
        try {
            if (warmup > 0) { // as sitrep bench: analyse the first articles once before timing (JIT, lazy model parts)
                var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
                java.util.List<String> files = AnalyzeJob.list(sc, config.input());
                java.util.Iterator<Item> items = files.isEmpty() ? java.util.Collections.emptyIterator()
                        : new ReadFile().call(new scala.Tuple2<>(0, files.get(0)));
                for (int i = 0; i < warmup && items.hasNext(); i++) {
                    Item item = items.next();
                    if (item.raw() != null) {
                        engine.analyze(item.raw());
                    }
                }
            }
            return AnalyzeJob.run(spark, config);
        } finally {
            spark.stop();
        }
    }
}
