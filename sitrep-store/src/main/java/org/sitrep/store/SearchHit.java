package org.sitrep.store;

/** A full-text search result with a short snippet. */
public record SearchHit(ArticleSummary article, float score, String snippet) {
}
