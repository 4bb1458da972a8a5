package org.sitrep.eval.timex;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates TempEval-3 TIMEX3 scores over documents: strict (same extent) and relaxed (any
 * overlap) precision, recall and F1, and on the relaxed matches the accuracy of the value and of
 * the type; value F1 = value accuracy × relaxed F1, type F1 likewise (UzZaman et al. 2013).
 * Matching is one-to-one, each gold TIMEX3 taking the system TIMEX3 that overlaps it most.
 * Not thread-safe (one scorer per run).
 */
public final class TimexScorer {
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int sameValue;
    private int sameType;
    private final List<Pair> pairs = new ArrayList<>();

    /** A relaxed match, kept for error listings. */
    public record Pair(String document, Timex gold, Timex system) {
    }

    /** The figures of a run. */
    public record Scores(int gold, int system, double strictPrecision, double strictRecall, double strictF1,
                         double relaxedPrecision, double relaxedRecall, double relaxedF1, double valueAccuracy,
                         double valueF1, double typeAccuracy, double typeF1) {
    }

    public void add(String document, List<Timex> goldTimexes, List<Timex> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        boolean[] used = new boolean[systemTimexes.size()];
        for (Timex g : goldTimexes) {
            int best = -1;
            for (int i = 0; i < systemTimexes.size(); i++) {
                Timex s = systemTimexes.get(i);
                if (!used[i] && g.overlaps(s) && (best < 0 || g.overlap(s) > g.overlap(systemTimexes.get(best)))) {
                    best = i;
                }
            }
            if (best < 0) {
                pairs.add(new Pair(document, g, null));
                continue;
            }
            used[best] = true;
            Timex s = systemTimexes.get(best);
            relaxed++;
            if (s.begin() == g.begin() && s.end() == g.end()) {
                strict++;
            }
            if (s.value().equals(g.value())) {
                sameValue++;
            }
            if (s.type().equals(g.type())) {
                sameType++;
            }
            pairs.add(new Pair(document, g, s));
        }
        for (int i = 0; i < systemTimexes.size(); i++) {
            if (!used[i]) {
                pairs.add(new Pair(document, null, systemTimexes.get(i)));
            }
        }
    }

    /** Every gold and system TIMEX3 with its counterpart (null when unmatched). */
    public List<Pair> pairs() {
        return List.copyOf(pairs);
    }

    public Scores scores() {
        double sp = ratio(strict, system);
        double sr = ratio(strict, gold);
        double rp = ratio(relaxed, system);
        double rr = ratio(relaxed, gold);
        double rf = f1(rp, rr);
        double va = ratio(sameValue, relaxed);
        double ta = ratio(sameType, relaxed);
        return new Scores(gold, system, sp, sr, f1(sp, sr), rp, rr, rf, va, va * rf, ta, ta * rf);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
