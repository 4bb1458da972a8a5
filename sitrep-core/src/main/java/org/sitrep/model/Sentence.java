package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence: its tokens (document-level {@link Token#index()}), and its dependency parse by
 * sentence-local token index (empty when the sentence was not parsed).
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) implements java.io.Serializable {
    public Sentence {
        new Span(begin, end);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Span span() {
        return new Span(begin, end);
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    /** The sentence-local index of the governor of local token {@code i}, or -1. */
    public int head(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d.governor();
            }
        }
        return -1;
    }

    /** The relation from local token {@code i} to its governor, or "" if none. */
    public String relation(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d.relation();
            }
        }
        return "";
    }

    /** Arcs whose governor is local token {@code i}. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        return out;
    }
}
