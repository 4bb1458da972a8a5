package org.sitrep.eval.factuality;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.extract.factuality.FactualityAssessor;
import org.sitrep.extract.factuality.FactualityCues;
import org.sitrep.extract.factuality.FactualityFeatures;
import org.sitrep.extract.factuality.ScoreModel;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Scores Sitrep's factuality against unified-factuality CoNLL data: the gold sentences are joined
 * into documents (one sentence a paragraph), annotated by Sitrep's annotator, and every gold event
 * token is assessed where Sitrep has a token starting at the same offset in a parsed sentence.
 * Reports MAE and Pearson r of the score over the assessed events.
 */
public final class FactualityEvaluation {
    /** Sentences annotated per call (bounded memory). */
    private static final int BATCH = 60;

    private FactualityEvaluation() {
    }

    /** The figures of one run. */
    public record Result(int goldEvents, int assessed, double mae, double pearson, double maeRules, double pearsonRules) {
    }

    /** Gold scores with the features Sitrep computed for the same tokens. */
    public record Observations(List<double[]> features, List<Double> gold) {
    }

    public static Observations observe(Path conll, Annotator annotator, FactualityAssessor assessor, int limit)
            throws IOException {
        List<ConllFactuality.GoldSentence> sentences = ConllFactuality.read(conll);
        if (limit > 0 && sentences.size() > limit) {
            sentences = sentences.subList(0, limit);
        }
        List<double[]> features = new ArrayList<>();
        List<Double> gold = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += BATCH) {
            batch(sentences.subList(from, Math.min(sentences.size(), from + BATCH)), annotator, assessor, features, gold);
        }
        return new Observations(features, gold);
    }

    private static void batch(List<ConllFactuality.GoldSentence> batch, Annotator annotator, FactualityAssessor assessor,
                              List<double[]> features, List<Double> gold) {
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        Map<Integer, Double> goldAt = new HashMap<>();
        for (ConllFactuality.GoldSentence s : batch) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            for (int i = 0; i < s.tokens().size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                if (!Double.isNaN(s.scores()[i])) {
                    goldAt.put(text.length(), s.scores()[i]);
                }
                text.append(s.tokens().get(i));
            }
            paragraphs.add(new Span(start, text.length()));
        }
        String t = text.toString();
        CleanArticle article = new CleanArticle("factuality-eval", "-", null, null, null, "en", List.of(),
                LocalDate.of(2000, 1, 1), PublishedBasis.GIVEN, t, paragraphs, List.of(), OffsetMap.identity(t.length()),
                List.of());
        AnnotatedText annotated = annotator.annotate(article);
        for (Sentence s : annotated.sentences()) {
            DependencyView v = s.parsed() ? DependencyView.of(s) : null;
            for (int i = 0; i < s.tokens().size(); i++) {
                Token tok = s.tokens().get(i);
                Double g = goldAt.remove(tok.begin());
                if (g == null || v == null) {
                    continue;
                }
                features.add(assessor.assessWithFeatures(v, i).features().vector());
                gold.add(g);
            }
        }
    }

    /** Scores observations with a model (null: the rules' score, feature 1). */
    public static double[] predict(Observations o, ScoreModel model) {
        double[] p = new double[o.gold().size()];
        for (int k = 0; k < p.length; k++) {
            double[] x = o.features().get(k);
            p[k] = model == null ? x[FactualityFeatures.NAMES.indexOf("rule")] : model.score(x);
        }
        return p;
    }

    public static Result score(Observations o, int goldEvents, ScoreModel model) {
        double[] y = o.gold().stream().mapToDouble(Double::doubleValue).toArray();
        double[] p = predict(o, model);
        double[] r = predict(o, null);
        return new Result(goldEvents, y.length, mae(y, p), pearson(y, p), mae(y, r), pearson(y, r));
    }

    /** Counts the gold event tokens of a file. */
    public static int goldEvents(Path conll) throws IOException {
        int n = 0;
        for (ConllFactuality.GoldSentence s : ConllFactuality.read(conll)) {
            for (double d : s.scores()) {
                n += Double.isNaN(d) ? 0 : 1;
            }
        }
        return n;
    }

    /** Fits the score model on observations (ridge regression). */
    public static ScoreModel train(Observations o, double lambda) {
        double[][] x = o.features().toArray(new double[0][]);
        double[] y = o.gold().stream().mapToDouble(Double::doubleValue).toArray();
        return ScoreModel.fit(x, y, lambda);
    }

    /** The assessor with the shipped cues and the given model. */
    public static FactualityAssessor assessor(ScoreModel model) {
        return new FactualityAssessor(FactualityCues.shipped(), model);
    }

    static double mae(double[] y, double[] p) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(y[i] - p[i]);
        }
        return y.length == 0 ? Double.NaN : s / y.length;
    }

    static double pearson(double[] y, double[] p) {
        int n = y.length;
        if (n < 2) {
            return Double.NaN;
        }
        double my = 0;
        double mp = 0;
        for (int i = 0; i < n; i++) {
            my += y[i];
            mp += p[i];
        }
        my /= n;
        mp /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (y[i] - my) * (p[i] - mp);
            syy += (y[i] - my) * (y[i] - my);
            sxx += (p[i] - mp) * (p[i] - mp);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
