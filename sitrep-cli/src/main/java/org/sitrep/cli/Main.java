package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a sourced, time-lined event graph.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class,
                IngestCommand.class, QueryCommand.class, TimelineCommand.class, StoryCommand.class, SearchCommand.class,
                ExportCommand.class, ReanalyzeCommand.class, BenchStoreCommand.class,
                SampleMeantimeCommand.class,
                SparkCommand.class, LoadParquetCommand.class,
                SparkBenchCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code: a usage error (bad option, bad date). */
    public static final int USAGE = 2;
    /** Exit code: some input could not be read or analysed; the rest was. */
    public static final int PARTIAL = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** Runs the command line writing to the given streams and returns its exit code (for tests). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sitrep " + org.sitrep.Sitrep.VERSION};
        }
    }
}
