package org.sitrep.extract.factuality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * An indexed, read-only view of one parsed sentence for rule code: heads, relations and children
 * by sentence-local token index in O(1). Built per sentence; not shared between threads.
 */
public final class DependencyView {
    private static final List<String> CLAUSAL = List.of("acl", "acl:relcl", "ccomp", "xcomp", "advcl", "parataxis",
            "punct", "csubj", "dep", "conj", "cc");
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    private DependencyView(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        Arrays.fill(head, -1);
        Arrays.fill(relation, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) {
                continue;
            }
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d.dependent());
            }
        }
    }

    public static DependencyView of(Sentence sentence) {
        return new DependencyView(sentence);
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return head.length;
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** The lower-cased lemma. */
    public String lemma(int i) {
        return token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** The lower-cased word form. */
    public String word(int i) {
        return token(i).text().toLowerCase(Locale.ROOT);
    }

    public String pos(int i) {
        return token(i).pos();
    }

    public int head(int i) {
        return head[i];
    }

    public String relation(int i) {
        return relation[i];
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children whose relation is {@code rel} or a subtype of it (obl matches obl:tmod). */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>(2);
        for (int c : children.get(i)) {
            if (is(c, rel)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child with this relation (or subtype), or -1. */
    public int child(int i, String rel) {
        for (int c : children.get(i)) {
            if (is(c, rel)) {
                return c;
            }
        }
        return -1;
    }

    /** True when token i's relation is {@code rel} or a subtype of it. */
    public boolean is(int i, String rel) {
        String r = relation[i];
        return r.equals(rel) || (r.startsWith(rel) && r.length() > rel.length() && r.charAt(rel.length()) == ':');
    }

    /** The preposition (case child) or subordinator (mark child) of token i, lower-cased, or "". */
    public String marker(int i) {
        for (int c : children.get(i)) {
            if (is(c, "case") || is(c, "mark")) {
                return word(c);
            }
        }
        return "";
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    public boolean isAdjective(int i) {
        return pos(i).startsWith("JJ");
    }

    /** Token i with its coordinated conjuncts (i first). */
    public List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>(2);
        out.add(i);
        for (int c : children.get(i)) {
            if (is(c, "conj") && !isVerb(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The character span of the phrase headed by token i: its subtree without clauses, coordination
     * and punctuation.
     */
    public Span phrase(int i) {
        int[] range = {token(i).begin(), token(i).end()};
        extend(i, range, 0);
        return new Span(range[0], range[1]);
    }

    private void extend(int i, int[] range, int depth) {
        if (depth > 20) {
            return;
        }
        for (int c : children.get(i)) {
            if (CLAUSAL.contains(relation[c])) {
                continue;
            }
            range[0] = Math.min(range[0], token(c).begin());
            range[1] = Math.max(range[1], token(c).end());
            extend(c, range, depth + 1);
        }
    }

    /** Tokens of the phrase of i (see {@link #phrase}), in no particular order. */
    public List<Integer> phraseTokens(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, 0);
        return out;
    }

    private void collect(int i, List<Integer> out, int depth) {
        out.add(i);
        if (depth > 20) {
            return;
        }
        for (int c : children.get(i)) {
            if (!CLAUSAL.contains(relation[c])) {
                collect(c, out, depth + 1);
            }
        }
    }

    /** The number of arcs from i up to the root (bounded). */
    public int depth(int i) {
        int d = 0;
        for (int j = head[i]; j >= 0 && d < size(); j = head[j]) {
            d++;
        }
        return d;
    }
}
