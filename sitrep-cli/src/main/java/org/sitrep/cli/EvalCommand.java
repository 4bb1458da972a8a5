package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep eval …}: scores Sitrep against gold data read from a path. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluates Sitrep against gold data (read from a path; none ships with Sitrep).",
        subcommands = {CommandLine.HelpCommand.class,
                NerEvalCommand.class, LinkingEvalCommand.class,
                EvalExtractionCommand.class,
                TimexEvalCommand.class, AttributionEvalCommand.class,
                EvalFactualityCommand.class, EvalPloverCommand.class, EvalMeantimeCommand.class,
                EvalDedupCommand.class, EvalClustersCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
