package org.sitrep.extract.attribution;

import java.util.List;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A sentence with its parse indexed for constant-time look-ups (governor, relation, children) by
 * sentence-local token index, through the shared {@link DependencyView}, plus the span and quote
 * helpers attribution rules need. Unparsed sentences answer -1 / "" / no children. Confined to one
 * article's extraction.
 */
final class ParsedSentence {
    final Sentence sentence;
    final List<Token> tokens;
    private final DependencyView view;

    ParsedSentence(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.view = DependencyView.of(sentence);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    int head(int i) {
        return view.head(i);
    }

    String rel(int i) {
        return view.relation(i);
    }

    List<Integer> children(int i) {
        return view.children(i);
    }

    /** The first child of {@code i} whose relation starts with {@code prefix}, or -1. */
    int child(int i, String prefix) {
        for (int c : children(i)) {
            if (rel(c).startsWith(prefix)) {
                return c;
            }
        }
        return -1;
    }

    /** The lowest and highest local index of the subtree under {@code i}: {min, max}. */
    int[] subtree(int i) {
        return subtree(i, null);
    }

    /** As {@link #subtree(int)}, leaving out dependents whose relation starts with {@code skip} (null: none). */
    int[] subtree(int i, String skip) {
        int[] mm = {i, i};
        int[] stack = new int[size()];
        boolean[] seen = new boolean[size()];
        int top = 0;
        stack[top++] = i;
        seen[i] = true;
        while (top > 0) {
            int t = stack[--top];
            mm[0] = Math.min(mm[0], t);
            mm[1] = Math.max(mm[1], t);
            for (int c : children(t)) {
                if (!seen[c] && !(skip != null && rel(c).startsWith(skip))) {
                    seen[c] = true;
                    stack[top++] = c;
                }
            }
        }
        return mm;
    }

    /** The character span of local tokens {@code from..to} inclusive. */
    Span span(int from, int to) {
        return new Span(tokens.get(from).begin(), tokens.get(to).end());
    }

    boolean isPunct(int i) {
        String p = pos(i);
        return p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``") || p.equals("''")
                || p.equals("-LRB-") || p.equals("-RRB-") || isQuote(word(i));
    }

    static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''")
                || w.equals("‘") || w.equals("’") || w.equals("'") || w.equals("`");
    }

    /** The local index of the token containing char offset {@code offset}, or -1. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.begin()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
