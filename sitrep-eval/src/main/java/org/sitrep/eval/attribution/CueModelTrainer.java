package org.sitrep.eval.attribution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.sitrep.Sitrep;
import org.sitrep.extract.attribution.CueModel;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Fits the learned cue detector ({@link CueModel}, {@code cue-model.tsv}) on PolNeAR: every word the
 * model decides on (see {@link CueModel#examples}) is an example, positive when the attribution its cue
 * would give matches a gold one whose cue it heads (it lies inside the cue and its governor does not); a logistic regression over its features is
 * fitted by stochastic gradient descent with L2 regularisation in a fixed order (deterministic).
 * Features seen fewer than {@link #MIN_COUNT} times and weights smaller than {@link #MIN_WEIGHT} are
 * left out of the file. Not thread-safe.
 */
public final class CueModelTrainer {
    static final boolean HEAD_ONLY = Boolean.getBoolean("sitrep.train.headOnly");
    static final int MIN_COUNT = Integer.getInteger("sitrep.train.minCount", 5);
    static final double MIN_WEIGHT = Double.parseDouble(System.getProperty("sitrep.train.minWeight", "0.15"));
    static final int EPOCHS = Integer.getInteger("sitrep.train.epochs", 8);
    static final double L2 = Double.parseDouble(System.getProperty("sitrep.train.l2", "1e-4"));

    /** A fitted model: weights by feature ("bias" for the intercept) and what it was fitted on. */
    public record Fit(int documents, int examples, int positives, Map<String, Double> weights) {
    }

    private CueModelTrainer() {
    }

    /** Annotates each document (through {@code sitrep}'s annotator) and fits the weights. */
    public static Fit train(Sitrep sitrep, List<AttributionEvaluation.Document> docs) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (AttributionEvaluation.Document d : docs) {
            String raw = Files.readString(d.text(), StandardCharsets.UTF_8);
            List<BratAttributions.Relation> gold = BratAttributions.read(d.annotation());
            CleanArticle article = sitrep.clean(sitrep.ingest().fromBytes(d.name(), raw.getBytes(StandardCharsets.UTF_8),
                    ContentFormat.TEXT), null);
            AnnotatedText annotated = sitrep.pipeline().annotator().annotate(article);
            int[] map = AttributionEvaluation.align(article.text(), raw);
            int headlineEnd = article.headline() != null && !article.paragraphs().isEmpty() ? article.paragraphs().get(0).end() : -1;
            for (Sentence s : annotated.sentences()) {
                for (CueModel.Example e : CueModel.examples(s, s.begin() < headlineEnd)) {
                    int[] x = new int[e.features().size()];
                    for (int k = 0; k < x.length; k++) {
                        x[k] = ids.computeIfAbsent(e.features().get(k), f -> ids.size());
                    }
                    xs.add(x);
                    ys.add(correct(s, e, map, gold));
                }
            }
        }
        int positives = (int) ys.stream().filter(b -> b).count();
        return new Fit(docs.size(), xs.size(), positives, fit(ids, xs, ys));
    }

    /**
     * Whether the example's attribution matches a gold one (source, cue and content overlap, as the
     * evaluation counts) whose cue the example's word heads (the cue's other words do not govern it).
     */
    static boolean correct(Sentence s, CueModel.Example e, int[] map, List<BratAttributions.Relation> gold) {
        Span t = raw(s.tokens().get(e.token()).span(), map);
        int head = s.head(e.token());
        Span h = head >= 0 ? raw(s.tokens().get(head).span(), map) : null;
        Span source = e.source() == null ? null : raw(e.source(), map);
        List<Span> content = e.content().stream().map(c -> raw(c, map)).toList();
        for (BratAttributions.Relation r : gold) {
            boolean heads = r.cue().stream().anyMatch(c -> c.overlaps(t) && (h == null || !c.overlaps(h)));
            boolean sourceOk = r.source().isEmpty() || source != null && r.source().stream().anyMatch(source::overlaps);
            boolean contentOk = r.content().stream().anyMatch(g -> content.stream().anyMatch(g::overlaps));
            if (heads && (HEAD_ONLY || sourceOk && contentOk)) {
                return true;
            }
        }
        return false;
    }

    private static Span raw(Span s, int[] map) {
        int b = map[s.begin()];
        return new Span(b, Math.max(b + 1, map[s.end() - 1] + 1));
    }

    /** Logistic regression by SGD over the examples in a fixed shuffled order; weights by feature name. */
    static Map<String, Double> fit(Map<String, Integer> ids, List<int[]> xs, List<Boolean> ys) {
        int[] count = new int[ids.size()];
        for (int[] x : xs) {
            for (int j : x) {
                count[j]++;
            }
        }
        double[] w = new double[ids.size()];
        double bias = 0;
        int[] order = new int[xs.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Random random = new Random(20261202L);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int k = order.length - 1; k > 0; k--) {
                int o = random.nextInt(k + 1);
                int tmp = order[k];
                order[k] = order[o];
                order[o] = tmp;
            }
            double rate = 0.2 / (1 + epoch);
            for (int k : order) {
                int[] x = xs.get(k);
                double z = bias;
                for (int j : x) {
                    if (count[j] >= MIN_COUNT) {
                        z += w[j];
                    }
                }
                double g = 1 / (1 + Math.exp(-z)) - (ys.get(k) ? 1 : 0);
                bias -= rate * g;
                for (int j : x) {
                    if (count[j] >= MIN_COUNT) {
                        w[j] -= rate * (g + L2 * w[j]);
                    }
                }
            }
        }
        Map<String, Double> out = new TreeMap<>();
        out.put("bias", bias);
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            double v = w[e.getValue()];
            if (count[e.getValue()] >= MIN_COUNT && Math.abs(v) >= MIN_WEIGHT) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** Writes the weights as {@code cue-model.tsv}: a header saying how they were produced, then feature TAB weight. */
    public static void write(Fit fit, Path out, String split) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# Learned attribution cue detector (org.sitrep.extract.attribution.CueModel): logistic regression weights.");
            w.println("# How produced: ./sitrep eval attribution --data POLNEAR/data --split " + split
                    + " --annotation-cache DIR --train-model FILE");
            w.println("# on the PolNeAR " + split.toUpperCase(Locale.ROOT) + " split only (" + fit.documents() + " documents, "
                    + fit.examples() + " candidate words, " + fit.positives() + " positive).");
            w.println("# Examples: verbs, adjectives and common nouns that the cue rules do not take and whose cue would give an");
            w.println("# attribution; positive when it matches a gold relation (source, cue, content overlap) whose cue the word heads");
            w.println("# (in the cue span, its governor not). SGD, " + EPOCHS + " epochs, L2 " + L2
                    + ", fixed seed; features seen < " + MIN_COUNT + " times");
            w.println("# and weights below " + MIN_WEIGHT + " in magnitude are left out. No PolNeAR text beyond single words and tags.");
            w.println("# The acceptance threshold (CueModel.DEFAULT_THRESHOLD) was chosen on train alone: weights fitted on the first");
            w.println("# 600 train documents (--limit 600), relation F1 of the other 240 (--skip 600) compared at thresholds 0.3-0.6.");
            w.println("# feature\tweight");
            for (Map.Entry<String, Double> e : fit.weights().entrySet()) {
                w.println(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()));
            }
        }
    }
}
