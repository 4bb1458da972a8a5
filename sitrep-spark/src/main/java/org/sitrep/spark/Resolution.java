package org.sitrep.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * The order-dependent linking decisions for every kept article, shipped to the executors
 * (broadcast): small per article, no analysis in it.
 *
 * @param articles  by article id: the first article read under that id and what linking decided
 * @param hasCopies whether any article duplicates an earlier one
 */
record Resolution(Map<String, Article> articles, boolean hasCopies) implements Serializable {
    /**
     * @param index       input position of the kept article (a later record with the same id is dropped)
     * @param seq         the store's article sequence number (1-based, kept articles in input order)
     * @param duplicateOf the original of its duplicate group, or null
     * @param sourceKey   who stands behind it as a source (an original's own key, shared by its copies)
     */
    record Article(long index, long seq, String storyId, String duplicateOf, String sourceKey) implements Serializable {
        Article asCopyOf(String root, String rootSourceKey) {
            return new Article(index, seq, storyId, root, rootSourceKey);
        }
    }

    /** The decisions for an article read at {@code index}, or null when an earlier record had its id. */
    Article kept(String id, long index) {
        Article a = articles.get(id);
        return a != null && a.index() == index ? a : null;
    }
}
