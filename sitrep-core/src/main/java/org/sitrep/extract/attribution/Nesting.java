package org.sitrep.extract.attribution;

import java.util.List;
import org.sitrep.model.Span;

/**
 * Sets each attribution's parent: the attribution with the smallest content that holds its cue
 * (or, for a quote whose speaker was named earlier, its content). "Kyodo reported that an
 * official said …" → the official's parent is Kyodo's; "Erdogan said …, according to Anadolu"
 * → Erdogan's parent is Anadolu's. A quote that shares its cue with the reported speech around
 * it takes that attribution's parent. A cycle (two contents holding each other's cue after a bad
 * parse) is broken. Stateless.
 */
final class Nesting {
    private Nesting() {
    }

    static void nest(List<Candidate> candidates) {
        for (Candidate b : candidates) {
            if (b.twin != null) {
                continue;
            }
            Span anchor = b.cue != null ? b.cue : b.contentHull();
            Candidate best = null;
            for (Candidate a : candidates) {
                if (a == b || a.twin != null || a.cue != null && a.cue.equals(b.cue)) {
                    continue;
                }
                int size = a.contentHull().length();
                if (!a.contentContains(anchor)) {
                    continue;
                }
                if (best == null || size < best.contentHull().length()) {
                    best = a;
                }
            }
            b.parent = best;
        }
        for (Candidate b : candidates) {
            if (b.twin != null) {
                b.parent = b.twin.parent;
            }
        }
        breakCycles(candidates);
    }

    private static void breakCycles(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            Candidate p = c.parent;
            for (int steps = 0; p != null; steps++) {
                if (p == c || steps > candidates.size()) {
                    c.parent = null;
                    break;
                }
                p = p.parent;
            }
        }
    }
}
