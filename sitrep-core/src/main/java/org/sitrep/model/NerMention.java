package org.sitrep.model;

import java.util.Objects;

/**
 * A named-entity mention found by the annotator, before Sitrep's own entity work.
 *
 * @param type          the annotator's label (PERSON, ORGANIZATION, LOCATION, MISC, …)
 * @param sentence      index of the sentence it is in
 * @param tokenBegin    document-level index of its first token
 * @param tokenEnd      document-level index after its last token
 */
public record NerMention(int begin, int end, String text, String type, int sentence, int tokenBegin, int tokenEnd) implements java.io.Serializable {
    public NerMention {
        new Span(begin, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    public Span span() {
        return new Span(begin, end);
    }
}
