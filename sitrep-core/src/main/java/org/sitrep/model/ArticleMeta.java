package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata known about an article before its text is read: from the command line, a sidecar
 * file, HTML meta tags or a JSON Lines record. Every field may be null (unknown).
 */
public record ArticleMeta(String id, String headline, String publisher, String url, LocalDate published,
                          String language, List<String> authors) implements java.io.Serializable {
    public static final ArticleMeta EMPTY = new ArticleMeta(null, null, null, null, null, null, List.of());

    public ArticleMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Fields of {@code preferred} win; the gaps are filled from this one. */
    public ArticleMeta overriddenBy(ArticleMeta preferred) {
        return new ArticleMeta(
                first(preferred.id, id), first(preferred.headline, headline), first(preferred.publisher, publisher),
                first(preferred.url, url), first(preferred.published, published), first(preferred.language, language),
                preferred.authors.isEmpty() ? authors : preferred.authors);
    }

    public ArticleMeta withPublished(LocalDate date) {
        return new ArticleMeta(id, headline, publisher, url, date, language, authors);
    }

    public ArticleMeta withId(String newId) {
        return new ArticleMeta(newId, headline, publisher, url, published, language, authors);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
