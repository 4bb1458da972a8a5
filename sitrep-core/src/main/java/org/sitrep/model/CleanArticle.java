package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article after cleaning: the text every offset points into (the headline as its first
 * paragraph, then the body), what was removed, and the resolved metadata.
 */
public record CleanArticle(String id, String contentHash, String headline, String publisher, String url,
                           String language, List<String> authors, LocalDate published,
                           PublishedBasis publishedBasis, String text, List<Span> paragraphs,
                           List<Removal> removed, OffsetMap offsets, List<Diagnostic> diagnostics) implements java.io.Serializable {
    public CleanArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedBasis, "publishedBasis");
        Objects.requireNonNull(offsets, "offsets");
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        diagnostics = List.copyOf(diagnostics);
        for (Span p : paragraphs) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + p + " beyond text length " + text.length());
            }
        }
    }
}
