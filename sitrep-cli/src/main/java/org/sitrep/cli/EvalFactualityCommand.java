package org.sitrep.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.factuality.FactualityEvaluation;
import org.sitrep.extract.factuality.ScoreModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval factuality}: MAE and Pearson r of event factuality on unified-factuality CoNLL data. */
@Command(name = "factuality", mixinStandardHelpOptions = true,
        description = "Scores event factuality ([-3, 3]) against unified-factuality CoNLL data: MAE and Pearson r.")
public final class EvalFactualityCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "The factuality_unified folder, a corpus folder in it, or one .conll file.")
    Path data;

    @Option(names = "--corpus", defaultValue = "uw", description = "Corpus folder inside --data (uw or meantime).")
    String corpus;

    @Option(names = "--split", defaultValue = "dev", description = "Split to score (train, dev, test).")
    String split;

    @Option(names = "--train", paramLabel = "FILE", description = "Fit the score model on the train split first and write its weights here.")
    Path train;

    @Option(names = "--lambda", defaultValue = "1.0", description = "Ridge penalty for --train.")
    double lambda;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many sentences (0: all).")
    int limit;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path file = resolve(split);
        if (file == null) {
            System.err.println("sitrep eval factuality: no " + split + ".conll under " + data);
            return Main.USAGE;
        }
        var annotator = Engines.annotator("corenlp");
        ScoreModel model = train != null ? null : ScoreModel.shipped();
        if (train != null) {
            Path trainFile = resolve("train");
            var obs = FactualityEvaluation.observe(trainFile, annotator, FactualityEvaluation.assessor(null), limit);
            model = FactualityEvaluation.train(obs, lambda);
            try (Writer w = Files.newBufferedWriter(train, StandardCharsets.UTF_8)) {
                model.write(w, "Sitrep factuality score model: ridge regression (lambda " + lambda + ") over the\n"
                        + "factuality features, fitted on " + obs.gold().size() + " events of " + trainFile.getFileName()
                        + " (" + corpus + " train split only).");
            }
        }
        var obs = FactualityEvaluation.observe(file, annotator, FactualityEvaluation.assessor(null), limit);
        int gold = FactualityEvaluation.goldEvents(file);
        FactualityEvaluation.Result r = FactualityEvaluation.score(obs, gold, model);
        if (json) {
            System.out.printf(Locale.ROOT, "{\"corpus\": \"%s\", \"split\": \"%s\", \"goldEvents\": %d, \"assessed\": %d, "
                            + "\"mae\": %.4f, \"pearson\": %.4f, \"maeRules\": %.4f, \"pearsonRules\": %.4f}%n",
                    corpus, split, r.goldEvents(), r.assessed(), r.mae(), r.pearson(), r.maeRules(), r.pearsonRules());
        } else {
            System.out.printf(Locale.ROOT, "factuality %s/%s: %d gold events, %d assessed (token aligned, parsed)%n",
                    corpus, split, r.goldEvents(), r.assessed());
            System.out.printf(Locale.ROOT, "%-22s %8s %8s%n", "scorer", "MAE", "r");
            System.out.printf(Locale.ROOT, "%-22s %8.3f %8.3f%n", "rules", r.maeRules(), r.pearsonRules());
            System.out.printf(Locale.ROOT, "%-22s %8.3f %8.3f%n", model == null ? "rules (no model)" : "rules + score model",
                    r.mae(), r.pearson());
            System.out.println("anchor: Lee et al. 2015 on UW test: MAE 0.511, r 0.708");
        }
        return 0;
    }

    private Path resolve(String which) {
        if (Files.isRegularFile(data)) {
            return data;
        }
        for (Path p : new Path[] {data.resolve(corpus).resolve(which + ".conll"), data.resolve(which + ".conll")}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
