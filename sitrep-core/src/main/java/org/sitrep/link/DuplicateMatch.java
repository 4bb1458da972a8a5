package org.sitrep.link;

import java.util.Objects;

/** An earlier article that a new one duplicates, with the estimated similarities. */
public record DuplicateMatch(String articleId, DuplicateKind kind, double jaccard, double containment) {
    public DuplicateMatch {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
    }
}
