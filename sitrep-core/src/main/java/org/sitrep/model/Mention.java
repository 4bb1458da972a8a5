package org.sitrep.model;

import java.util.Objects;

/** One mention of an entity in the cleaned text. */
public record Mention(int begin, int end, String text, Kind kind) implements java.io.Serializable {
    /** How the entity is mentioned. */
    public enum Kind { NAME, NOMINAL, PRONOUN, DEMONYM, METONYM }

    public Mention {
        new Span(begin, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public Span span() {
        return new Span(begin, end);
    }
}
