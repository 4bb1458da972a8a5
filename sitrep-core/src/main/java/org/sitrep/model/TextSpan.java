package org.sitrep.model;

import java.util.Objects;

/** A span together with the text it covers (as written in the JSON: begin, end, text). */
public record TextSpan(int begin, int end, String text) implements java.io.Serializable {
    public TextSpan {
        new Span(begin, end);
        Objects.requireNonNull(text, "text");
    }

    public static TextSpan of(Span span, String documentText) {
        return new TextSpan(span.begin(), span.end(), span.of(documentText));
    }

    public Span span() {
        return new Span(begin, end);
    }
}
