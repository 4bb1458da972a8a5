package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.clusters.ClusterEvaluation;
import org.sitrep.eval.clusters.ClusterScores;
import org.sitrep.json.AnalysisJson;
import org.sitrep.link.StoryConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval clusters --data ECBPLUS_DIR [--json]}: story clustering against ECB+ sub-topics. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Scores story clustering against ECB+ sub-topics (one folder per sub-topic), with same-entity and"
                + " same-lemma baselines in the same run.")
public final class EvalClustersCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "The ECB+ full_docs folder (or the same layout).")
    Path data;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--threshold", description = "Override the story similarity threshold (for tuning).")
    Double threshold;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("sitrep eval clusters: " + data + " is not a folder");
            return Main.USAGE;
        }
        StoryConfig d = StoryConfig.DEFAULT;
        StoryConfig config = threshold == null ? d
                : new StoryConfig(threshold, d.windowDays(), d.properWeight(), d.queryTerms(), d.centroidTerms(), d.candidates());
        long start = System.nanoTime();
        ClusterEvaluation.Result r = ClusterEvaluation.run(ClusterEvaluation.read(data), config);
        double seconds = (System.nanoTime() - start) / 1e9;
        ClusterScores base = r.sameEntity().bcubedF1() >= r.sameLemma().bcubedF1() ? r.sameEntity() : r.sameLemma();
        if (json) {
            var o = AnalysisJson.mapper().createObjectNode();
            o.put("documents", r.documents()).put("goldClusters", r.goldClusters()).put("clusters", r.sitrep().clusters());
            put(o, r.sitrep());
            put(o.putObject("baselineSameEntity"), r.sameEntity());
            put(o.putObject("baselineSameLemma"), r.sameLemma());
            o.put("betterThanBaseline", r.sitrep().bcubedF1() > base.bcubedF1());
            o.put("documentsPerSecond", r.documents() / seconds);
            System.out.println(o.toPrettyString());
        } else {
            System.out.printf(Locale.ROOT, "%d documents, %d gold sub-topics%n", r.documents(), r.goldClusters());
            System.out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s %9s%n", "system", "ARI", "purity", "B3 P", "B3 R", "B3 F1",
                    "clusters");
            row("sitrep stories", r.sitrep());
            row("baseline same-entity", r.sameEntity());
            row("baseline same-lemma", r.sameLemma());
        }
        return 0;
    }

    private static void put(com.fasterxml.jackson.databind.node.ObjectNode o, ClusterScores s) {
        o.put("ari", s.ari()).put("purity", s.purity()).put("bcubedPrecision", s.bcubedPrecision())
                .put("bcubedRecall", s.bcubedRecall()).put("bcubedF1", s.bcubedF1()).put("clusters", s.clusters());
    }

    private static void row(String name, ClusterScores s) {
        System.out.printf(Locale.ROOT, "%-22s %8.3f %8.3f %8.3f %8.3f %8.3f %9d%n", name, s.ari(), s.purity(), s.bcubedPrecision(),
                s.bcubedRecall(), s.bcubedF1(), s.clusters());
    }
}
