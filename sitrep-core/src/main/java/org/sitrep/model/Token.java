package org.sitrep.model;

import java.util.Objects;

/**
 * One token of the cleaned text.
 *
 * @param index position in the whole document (0-based)
 * @param ner   the CRF named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, O…), never null
 */
public record Token(int index, int begin, int end, String text, String lemma, String pos, String ner) implements java.io.Serializable {
    public Token {
        new Span(begin, end);
        Objects.requireNonNull(text, "text");
        lemma = lemma == null ? text : lemma;
        pos = pos == null ? "" : pos;
        ner = ner == null ? "O" : ner;
    }

    public Span span() {
        return new Span(begin, end);
    }
}
