package org.sitrep.extract.attribution;

import java.util.Set;

/**
 * Surface noun-phrase boundaries over POS tags, for sources the parse gets wrong or does not give
 * (sentence-final "…, Kyodo News of Japan reported", "according to a report
 * from the Foreign Office"). Stateless.
 */
final class Phrases {
    /** Tags that may stand inside a source noun phrase. */
    private static final Set<String> NP_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "PRP",
            "PRP$", "POS", "CD", "HYPH", "NFP");
    /** Tags a noun phrase's last word may have. */
    private static final Set<String> HEAD_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "CD");
    /** Words joining two names inside one source ("Kyodo News of Japan"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "from", "for", "at", "and", "&");
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "be", "is", "was", "were", "are",
            "been", "do", "does", "did", "will", "would", "could", "should", "may", "might", "can", "must", "also",
            "later", "then", "previously", "earlier", "still", "long", "repeatedly", "often", "recently", "first",
            "not", "n't", "never", "just", "already", "publicly", "privately", "once", "again", "further");
    static final int MAX_NP = 16;

    private Phrases() {
    }

    static boolean headLike(ParsedSentence s, int i) {
        return HEAD_TAGS.contains(s.pos(i));
    }

    /** Skips adverbs and auxiliaries before local index {@code cue}; the index of the word before them. */
    static int skipAuxiliariesBack(ParsedSentence s, int cue) {
        int j = cue - 1;
        while (j >= 0 && cue - j < 5 && (AUXILIARIES.contains(s.lower(j)) || s.pos(j).equals("RB") || s.pos(j).equals("MD"))) {
            j--;
        }
        return j;
    }

    /**
     * The first index of the noun phrase that ends at {@code last}, or -1 when the word there cannot
     * end one.
     */
    static int startBefore(ParsedSentence s, int last) {
        if (last < 0 || !headLike(s, last)) {
            return -1;
        }
        int j = last;
        while (j > 0 && last - j < MAX_NP) {
            int k = j - 1;
            String tag = s.pos(k);
            if (tag.equals("DT")) {
                j = k;
                break;
            }
            if (NP_TAGS.contains(tag) || s.word(k).equals("’s") || s.word(k).equals("'s")) {
                j = k;
            } else if (NAME_JOINERS.contains(s.lower(k)) && k > 0 && s.pos(k - 1).startsWith("NNP")
                    && s.pos(j).startsWith("NNP")) {
                j = k;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * The last index of the noun phrase that starts at {@code first}, running over prepositional
     * modifiers ("a report from Japan's Foreign Ministry") up to punctuation or a verb;
     * -1 when no phrase starts there.
     */
    static int endAfter(ParsedSentence s, int first) {
        int end = -1;
        for (int k = first; k < s.size() && k - first < MAX_NP + 4; k++) {
            String tag = s.pos(k);
            if (NP_TAGS.contains(tag) || s.word(k).equals("’s") || s.word(k).equals("'s") || tag.equals("VBN") && end >= 0
                    && k + 1 < s.size() && s.pos(k + 1).startsWith("NN")) {
                if (HEAD_TAGS.contains(tag)) {
                    end = k;
                }
            } else if (tag.equals("IN") && end >= 0 && !s.lower(k).equals("that") && !s.lower(k).equals("because")) {
                continue;
            } else {
                break;
            }
        }
        return end;
    }

    /** The head word of a source phrase: its last word before a post-modifier ("of", "from", ","). */
    static int head(ParsedSentence s, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (k > first && (s.pos(k).equals("IN") || s.pos(k).equals(",") || s.pos(k).startsWith("W"))) {
                return k - 1;
            }
        }
        return last;
    }
}
