package org.sitrep.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.spark.JobConfig;
import org.sitrep.spark.JobSummary;
import org.sitrep.spark.LocalRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep spark --input PATH --output DIR [--master local[2]]}: the Spark job in local mode.
 * Spark is not on the CLI's normal class path: the launcher adds sitrep-spark/target/lib for this
 * command only.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Runs the Spark analysis job in this JVM (local mode): JSON Lines and Parquet tables in DIR.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was analysed", "1:some articles failed (see DIR/tables/diagnostics)",
                "2:usage error or Spark missing from the class path"})
public final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "A file or folder (any Hadoop path): JSON Lines, text, HTML, WARC.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder (json/ and tables/<table>/).")
    String output;

    @Option(names = "--master", defaultValue = "local[2]", description = "The Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    /** Default partitions per local thread: small partitions keep both cores busy to the end of the analysis. */
    static final int PARTITIONS_PER_THREAD = 8;

    @Option(names = "--partitions", description = "Partitions for analysis (default: " + PARTITIONS_PER_THREAD
            + " per thread of the master).")
    Integer partitions;

    @Option(names = "--warmup", defaultValue = "0", description = "Articles analysed before timing starts, as in 'sitrep bench' (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (!sparkPresent(spec.commandLine().getErr(), "spark")) {
            return Main.USAGE;
        }
        int n = partitions != null ? partitions : PARTITIONS_PER_THREAD * threads(master);
        JobConfig config = new JobConfig(input, output, System.getProperty("sitrep.annotator", "corenlp"), n);
        JobSummary s = LocalRun.run(config, master, warmup);
        spec.commandLine().getOut().printf(Locale.ROOT, "sitrep spark: %d articles from %d files (%d failed) in %.1f s"
                        + " (%.2f articles/s; analysis stage %.1f s, %.2f articles/s) with %s; output in %s%n",
                s.articles(), s.files(), s.failures(), s.nanos() / 1e9, s.articles() / (s.nanos() / 1e9),
                s.analysisNanos() / 1e9, s.articles() / (s.analysisNanos() / 1e9), master, output);
        return s.failures() > 0 ? Main.PARTIAL : 0;
    }

    /** Whether Spark is on the class path (else says how to get it). */
    static boolean sparkPresent(java.io.PrintWriter err, String command) {
        try {
            Class.forName("org.apache.spark.sql.SparkSession");
            return true;
        } catch (ClassNotFoundException e) {
            err.println("sitrep " + command + ": Spark is not on the class path (build sitrep-spark:"
                    + " mvn -q -B package -DskipTests, then run through ./sitrep)");
            return false;
        }
    }

    /** N of local[N] (the cores for local[*]), else 4. */
    static int threads(String master) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("local\\[(\\d+|\\*)").matcher(master);
        if (!m.lookingAt()) {
            return 4;
        }
        return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }
}
