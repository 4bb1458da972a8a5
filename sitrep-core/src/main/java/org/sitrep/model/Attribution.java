package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Who asserted a piece of content: the source (an entity or a described source), the cue, the
 * content (one span or several), whether it is a direct quote, and the attribution it is nested in.
 */
public record Attribution(String id, String source, String sourceText, Span sourceSpan, SourceKind sourceKind,
                          TextSpan cue, TextSpan content, List<Span> contentSpans, boolean direct, String parent) implements java.io.Serializable {
    public Attribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        contentSpans = contentSpans == null || contentSpans.isEmpty() ? List.of(content.span()) : List.copyOf(contentSpans);
        if (source == null && sourceKind == null && sourceText == null) {
            throw new IllegalArgumentException("attribution " + id + " has neither a source nor a source kind");
        }
    }
}
