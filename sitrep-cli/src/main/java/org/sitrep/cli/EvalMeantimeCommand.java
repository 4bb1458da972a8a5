package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.meantime.MeantimeEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval meantime}: event mentions and factuality on MEANTIME CAT XML. */
@Command(name = "meantime", mixinStandardHelpOptions = true,
        description = "Scores event mentions (P/R/F1) and factuality (certainty, polarity, time accuracy) on MEANTIME.")
public final class EvalMeantimeCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "The meantime folder (or one of its corpus folders).")
    Path data;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many documents (0: all).")
    int limit;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.isDirectory(data.resolve("intra-doc_annotation")) ? data.resolve("intra-doc_annotation") : data;
        if (!Files.isDirectory(folder)) {
            System.err.println("sitrep eval meantime: " + folder + " is not a folder");
            return Main.USAGE;
        }
        var r = MeantimeEvaluation.run(folder, Engines.standard(), limit);
        var m = r.onMatched();
        var a = r.onAllGold();
        if (json) {
            System.out.printf(Locale.ROOT, "{\"documents\": %d, \"gold\": %d, \"predicted\": %d, \"precision\": %.4f, "
                            + "\"recall\": %.4f, \"f1\": %.4f, \"matched\": %d, \"certaintyAccuracy\": %.4f, "
                            + "\"polarityAccuracy\": %.4f, \"timeAccuracy\": %.4f, \"allGold\": %d, "
                            + "\"allGoldCertaintyAccuracy\": %.4f, \"allGoldPolarityAccuracy\": %.4f, "
                            + "\"allGoldTimeAccuracy\": %.4f}%n", r.documents(), r.gold(), r.predicted(), r.precision(),
                    r.recall(), r.f1(), m.events(), m.certainty(), m.polarity(), m.time(), a.events(), a.certainty(),
                    a.polarity(), a.time());
            return 0;
        }
        System.out.printf(Locale.ROOT, "MEANTIME: %d documents, %d gold event mentions, %d Sitrep events%n",
                r.documents(), r.gold(), r.predicted());
        System.out.printf(Locale.ROOT, "event mentions   P %.3f  R %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        System.out.printf(Locale.ROOT, "%-28s %7s %9s %9s %7s%n", "factuality accuracy", "events", "certainty",
                "polarity", "time");
        System.out.printf(Locale.ROOT, "%-28s %7d %9.3f %9.3f %7.3f%n", "matched Sitrep events", m.events(),
                m.certainty(), m.polarity(), m.time());
        System.out.printf(Locale.ROOT, "%-28s %7d %9.3f %9.3f %7.3f%n", "assessor on all gold mentions", a.events(),
                a.certainty(), a.polarity(), a.time());
        return 0;
    }
}
