package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Uses the page's JSON-LD {@code articleBody} as a second opinion, only when it is consistent with
 * the page (most of its word 4-grams occur in the page's visible text): when the extracted body
 * misses much of it, the container is re-chosen as the deepest element that still holds nearly
 * all of it; when the body holds it, paragraphs that share nothing with it are dropped.
 */
final class JsonLdBody {
    private static final int MIN_WORDS = 40;
    private static final double CONSISTENT = 0.8;
    private static final double MISSED = 0.8;
    private static final double HOLDS = 0.9;
    private static final int MIN_DROPPED_WORDS = 6;
    private static final double COMPLETE = 0.8;

    private final Set<String> grams;

    private JsonLdBody(Set<String> grams) {
        this.grams = grams;
    }

    /** A check for this page, or null when it has no usable articleBody. */
    static JsonLdBody of(JsonLd.Article ld, String pageText) {
        if (ld == null || ld.articleBody() == null) {
            return null;
        }
        List<String> words = words(ld.articleBody());
        if (words.size() < MIN_WORDS) {
            return null;
        }
        Set<String> g = grams(words);
        if (coverage(g, grams(words(pageText))) < CONSISTENT) {
            return null;
        }
        return new JsonLdBody(g);
    }

    /** Share of the articleBody's 4-grams found in a text. */
    double coveredBy(String text) {
        return coverage(grams, grams(words(text)));
    }

    boolean missedBy(List<String> paragraphs) {
        return coveredBy(String.join(" ", paragraphs)) < MISSED;
    }

    /** The deepest element under {@code root} that holds nearly all of the articleBody, or null. */
    Element container(Element root) {
        if (coveredBy(root.text()) < HOLDS) {
            return null;
        }
        Element cur = root;
        while (true) {
            Element next = null;
            for (Element child : cur.children()) {
                if (coveredBy(child.text()) >= HOLDS) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return cur;
            }
            cur = next;
        }
    }

    /**
     * Paragraphs that share no 4-gram with the articleBody (and are long enough to have one)
     * dropped; nothing is dropped when the articleBody is much shorter than the body (an excerpt).
     */
    List<String> trim(List<String> paragraphs) {
        if (grams.size() < COMPLETE * grams(words(String.join(" ", paragraphs))).size()) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            List<String> w = words(p);
            if (w.size() >= MIN_DROPPED_WORDS && coverage(grams(w), grams) == 0) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    private static double coverage(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String g : of) {
            if (in.contains(g)) {
                hit++;
            }
        }
        return (double) hit / of.size();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean w = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    private static Set<String> grams(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2) + ' ' + words.get(i + 3));
        }
        return out;
    }
}
