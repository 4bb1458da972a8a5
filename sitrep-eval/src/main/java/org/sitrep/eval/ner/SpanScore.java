package org.sitrep.eval.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span micro precision, recall and F1 (conlleval's measure: a predicted entity counts only
 * when its span and type both equal a gold one), overall and per type. Mutable accumulator; one
 * thread.
 */
public final class SpanScore {
    /** Counts for one type or overall. */
    public record Counts(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int g, int p, int c) {
            return new Counts(gold + g, predicted + p, correct + c);
        }
    }

    private final Map<String, Counts> perType = new TreeMap<>();
    private Counts total = new Counts(0, 0, 0);

    /** Adds one document's gold and predicted chunks. */
    public void add(List<Chunk> gold, List<Chunk> predicted) {
        Set<Chunk> g = new HashSet<>(gold);
        Set<Chunk> p = new HashSet<>(predicted);
        for (Chunk c : g) {
            perType.merge(c.type(), new Counts(1, 0, p.contains(c) ? 1 : 0), (a, b) -> a.plus(b.gold(), 0, b.correct()));
        }
        for (Chunk c : p) {
            perType.merge(c.type(), new Counts(0, 1, 0), (a, b) -> a.plus(0, 1, 0));
        }
        int correct = 0;
        for (Chunk c : p) {
            if (g.contains(c)) {
                correct++;
            }
        }
        total = total.plus(g.size(), p.size(), correct);
    }

    public Counts total() {
        return total;
    }

    public Map<String, Counts> perType() {
        return Map.copyOf(perType);
    }
}
