package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.dedup.DedupEvaluation;
import org.sitrep.eval.dedup.NearDuplicateSet;
import org.sitrep.json.AnalysisJson;
import org.sitrep.link.DedupConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval dedup --data DIR [--json]}: near-duplicate detection against duplicates.json. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Scores near-duplicate detection (MinHash-LSH, text only) against DIR/duplicates.json.")
public final class EvalDedupCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "Articles (.txt, any depth) and duplicates.json.")
    Path data;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--near-duplicates", paramLabel = "N", defaultValue = "0",
            description = "Instead: build a near-duplicate set from DIR (N originals, each with a wire copy, a paragraph"
                    + " dropped, words changed, a shortened copy) in a temporary folder, and score that.")
    int nearDuplicates;

    @Option(names = "--others", defaultValue = "1000", description = "With --near-duplicates: further articles as non-duplicates.")
    int others;

    @Option(names = "--seed", defaultValue = "1", description = "With --near-duplicates: the random seed.")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path dir = data;
        if (nearDuplicates > 0) {
            dir = Files.createTempDirectory("sitrep-neardup");
            NearDuplicateSet.write(data, dir, nearDuplicates, others, seed,
                    NearDuplicateSet.groupMembers(data.resolve("duplicates.json")));
        } else if (!Files.exists(data.resolve("duplicates.json"))) {
            System.err.println("sitrep eval dedup: " + data.resolve("duplicates.json") + " not found");
            return Main.USAGE;
        }
        DedupEvaluation.Result r = DedupEvaluation.run(dir, DedupConfig.DEFAULT);
        DedupEvaluation.Score near = r.near();
        if (json) {
            var o = AnalysisJson.mapper().createObjectNode();
            o.put("articles", r.articles()).put("goldPairs", near.goldPairs()).put("predictedPairs", near.predictedPairs())
                    .put("correctPairs", near.correctPairs()).put("duplicateRecall", near.duplicateRecall())
                    .put("falseDuplicateRate", near.falseDuplicateRate()).put("articlesPerSecond", r.articles() / r.seconds());
            var levels = o.putObject("levels");
            r.levels().forEach((l, s) -> levels.putObject(l.name().toLowerCase(Locale.ROOT)).put("predictedPairs", s.predictedPairs())
                    .put("duplicateRecall", s.duplicateRecall()).put("falseDuplicateRate", s.falseDuplicateRate()));
            System.out.println(o.toPrettyString());
        } else {
            System.out.printf(Locale.ROOT, "%d articles, %d gold duplicate pairs, %.0f articles/s%n", r.articles(), near.goldPairs(),
                    r.articles() / r.seconds());
            System.out.printf(Locale.ROOT, "%-34s %9s %9s %18s%n", "predicted duplicates", "pairs", "recall", "falseDuplicateRate");
            r.levels().forEach((l, s) -> System.out.printf(Locale.ROOT, "%-34s %9d %9.4f %18.4f%n", switch (l) {
                case EXACT -> "exact (same text)";
                case COPY -> "copies (copy-of)";
                case NEAR -> "copies + rewrites (headline figure)";
            }, s.predictedPairs(), s.duplicateRecall(), s.falseDuplicateRate()));
        }
        return 0;
    }
}
