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

    /**
     * Runs the job; the executor engine is this JVM's, and it is loaded before the job starts, so
     * the summary's time is analysis and output, not model loading (as {@code sitrep bench}).
     */
    public static JobSummary run(JobConfig config, String master) throws IOException {
        ExecutorEngine.get(config.annotator());
        SparkSession spark = SparkSession.builder().master(master).appName("sitrep spark")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(config.partitions()))
                .getOrCreate();
        try {
            return AnalyzeJob.run(spark, config);
        } finally {
            spark.stop();
        }
    }
}
