package org.sitrep.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Zyte article-extraction benchmark's metric, replicated exactly: tokens are runs of word
 * characters as Python's {@code re} sees {@code \w} (Unicode letters, numbers and underscore); a
 * body is the multiset of its 4-token shingles (one shorter shingle when it has fewer than 4
 * tokens); per page TP/FP/FN are the shingle-count overlaps. Precision and recall are averaged over
 * pages (pages with nothing predicted leave the precision mean, pages with an empty truth the
 * recall mean) and F1 is computed from the two means. Stateless.
 */
public final class ShingleScorer {
    /** Shingle length of the benchmark. */
    public static final int N = 4;

    private ShingleScorer() {
    }

    /** One page's shingle overlaps (raw counts) and whether the token lists are identical. */
    public record PageScore(long tp, long fp, long fn, boolean exact) {
        public boolean hasPrediction() {
            return tp + fp > 0;
        }

        public boolean hasTruth() {
            return tp + fn > 0;
        }

        public double precision() {
            return hasPrediction() ? (double) tp / (tp + fp) : 0;
        }

        public double recall() {
            return hasTruth() ? (double) tp / (tp + fn) : 0;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Averages over pages. */
    public record Summary(int pages, double precision, double recall, double f1, double accuracy) {
    }

    /** Python's {@code \w} for {@code str} patterns: {@code str.isalnum()} or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The benchmark's tokens: maximal runs of word characters. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        int last = Math.max(1, toks.size() - N + 1);
        for (int i = 0; i < last; i++) {
            List<String> sh = toks.subList(Math.min(i, toks.size()), Math.min(i + N, toks.size()));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Scores one page. */
    public static PageScore score(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int tc = e.getValue();
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fn += Math.max(0, tc - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(tp, fp, fn, tokens(truth).equals(tokens(predicted)));
    }

    /** The benchmark's averages over pages. */
    public static Summary summarise(List<PageScore> pages) {
        double p = 0;
        double r = 0;
        int np = 0;
        int nr = 0;
        int exact = 0;
        for (PageScore s : pages) {
            if (s.hasPrediction()) {
                p += s.precision();
                np++;
            }
            if (s.hasTruth()) {
                r += s.recall();
                nr++;
            }
            if (s.exact()) {
                exact++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(pages.size(), precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
