package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.corenlp.baseline.QuoteBaseline;
import org.sitrep.eval.attribution.AttributionEvaluation;
import org.sitrep.json.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval attribution}: PolNeAR source/cue/content and relation scores, with CoreNLP's quote attribution. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Scores attributions against PolNeAR (BRAT standoff): token-overlap P/R/F1 per role and relation P/R/F1;"
                + " CoreNLP's quote attribution on the direct quotes of the first documents.")
public final class AttributionEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "PolNeAR's data folder (holding train/ and dev/).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", description = "train or dev (default dev).")
    String split;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--limit", defaultValue = "0", description = "At most this many documents (0 = all).")
    int limit;

    @Option(names = "--skip", defaultValue = "0", description = "Leave out this many documents first (with --limit: a held-out"
            + " part of train for choosing the cue model's settings).")
    int skip;

    @Option(names = "--baseline-limit", defaultValue = "10",
            description = "Documents CoreNLP's quote attribution runs on (slow: coreference); 0 skips it.")
    int baselineLimit;

    @Option(names = "--errors", description = "Write missed gold attributions and unmatched predictions to this file.")
    Path errors;

    @Option(names = "--annotation-cache", description = "Keep CoreNLP's annotation of each document in this folder and reuse it"
            + " (for repeated runs while tuning).")
    Path cache;

    @Option(names = "--train-model", description = "Instead of scoring, fit the learned cue detector's weights on the split"
            + " (train only) and write them to this file (the format of cue-model.tsv).")
    Path trainModel;

    @Override
    public Integer call() throws Exception {
        List<AttributionEvaluation.Document> docs = AttributionEvaluation.documents(data, split);
        docs = docs.subList(Math.min(skip, docs.size()), docs.size());
        if (limit > 0 && docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        if (trainModel != null) {
            if (!split.equals("train")) {
                System.err.println("--train-model fits on the train split only");
                return 2;
            }
            var fit = org.sitrep.eval.attribution.CueModelTrainer.train(engine(), docs);
            org.sitrep.eval.attribution.CueModelTrainer.write(fit, trainModel, split);
            System.out.printf(Locale.ROOT, "%d documents, %d candidate words, %d positive, %d weights -> %s%n",
                    fit.documents(), fit.examples(), fit.positives(), fit.weights().size(), trainModel);
            return 0;
        }
        QuoteBaseline baseline = baselineLimit > 0 ? new QuoteBaseline() : null;
        AttributionEvaluation.Result r;
        try (java.io.PrintWriter out = errors == null ? null
                : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(errors, java.nio.charset.StandardCharsets.UTF_8))) {
            r = AttributionEvaluation.run(engine(), docs, baseline == null ? null : baseline::quotes, baselineLimit, out);
        }
        if (json) {
            System.out.println(AnalysisJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree(r)));
        } else {
            print(r);
        }
        return 0;
    }

    private org.sitrep.Sitrep engine() {
        if (cache == null) {
            return Engines.standard();
        }
        var annotator = new org.sitrep.eval.cache.CachedAnnotator(() -> Engines.annotator("corenlp"), cache,
                java.util.EnumSet.range(org.sitrep.annotate.Capability.TOKENS, org.sitrep.annotate.Capability.DEPENDENCIES), "corenlp");
        return org.sitrep.Sitrep.builder(annotator).build();
    }

    private static ObjectNode tree(AttributionEvaluation.Result r) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("documents", r.documents());
        put(o, "source", r.source());
        put(o, "cue", r.cue());
        put(o, "content", r.content());
        put(o, "relation", r.relation());
        o.put("docsPerSecond", round(r.docsPerSecond()));
        if (r.baseline() == null) {
            o.putNull("baseline");
        } else {
            ObjectNode b = o.putObject("baseline");
            b.put("documents", r.baseline().documents());
            b.put("task", "direct quotes: quote and speaker overlap the gold content and source");
            put(b, "corenlp", r.baseline().corenlp());
            put(b, "sitrep", r.baseline().sitrep());
        }
        return o;
    }

    private static void put(ObjectNode o, String role, AttributionEvaluation.Score s) {
        o.put(role + "P", round(s.precision()));
        o.put(role + "R", round(s.recall()));
        o.put(role + "F1", round(s.f1()));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static void print(AttributionEvaluation.Result r) {
        System.out.printf(Locale.ROOT, "PolNeAR attribution, %d documents, %.2f docs/s%n", r.documents(), r.docsPerSecond());
        System.out.printf(Locale.ROOT, "%-10s %7s %7s %7s%n", "role", "P", "R", "F1");
        row("source", r.source());
        row("cue", r.cue());
        row("content", r.content());
        row("relation", r.relation());
        if (r.baseline() != null) {
            System.out.printf(Locale.ROOT, "direct quotes (quote + speaker), first %d documents:%n", r.baseline().documents());
            row("corenlp", r.baseline().corenlp());
            row("sitrep", r.baseline().sitrep());
        }
    }

    private static void row(String name, AttributionEvaluation.Score s) {
        System.out.printf(Locale.ROOT, "%-10s %7.3f %7.3f %7.3f%n", name, s.precision(), s.recall(), s.f1());
    }
}
