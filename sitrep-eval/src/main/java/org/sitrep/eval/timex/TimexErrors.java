package org.sitrep.eval.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mismatches of a run as one line each, for error analysis: a missed or spurious TIMEX3, a
 * different extent or a different value, with the gold and system readings ([text|TYPE|value])
 * and optionally the text around them (the TIMEX3 between [[ and ]]). Stateless.
 */
public final class TimexErrors {
    private TimexErrors() {
    }

    /** At most {@code max} lines; {@code context} characters of text on either side (0: none). */
    public static List<String> lines(List<TimexDocument> docs, List<TimexScorer.Pair> pairs, int max, int context) {
        Map<String, TimexDocument> byId = docs.stream().collect(Collectors.toMap(TimexDocument::id, Function.identity(),
                (a, b) -> a));
        List<String> out = new ArrayList<>();
        for (TimexScorer.Pair p : pairs) {
            if (out.size() >= max) {
                break;
            }
            boolean ok = p.gold() != null && p.system() != null && p.gold().value().equals(p.system().value())
                    && p.gold().begin() == p.system().begin() && p.gold().end() == p.system().end();
            if (ok) {
                continue;
            }
            TimexDocument d = byId.get(p.document());
            out.add(String.format(Locale.ROOT, "%s dct=%s gold=%s sys=%s%s", p.document(), d.creationDate(),
                    show(d, p.gold()), show(d, p.system()),
                    context > 0 ? " ctx=" + around(d, p.gold() != null ? p.gold() : p.system(), context) : ""));
        }
        return out;
    }

    private static String around(TimexDocument d, Timex t, int context) {
        int b = Math.max(0, t.begin() - context);
        int e = Math.min(d.text().length(), t.end() + context);
        return (d.text().substring(b, t.begin()) + "[[" + d.text().substring(t.begin(), t.end()) + "]]"
                + d.text().substring(t.end(), e)).replaceAll("\\s+", " ");
    }

    private static String show(TimexDocument d, Timex t) {
        return t == null ? "-" : "[" + d.text().substring(t.begin(), t.end()).replace('\n', ' ') + "|" + t.type() + "|"
                + t.value() + "]";
    }
}
