package org.sitrep.link;

/**
 * The corroboration of one cross-article event.
 *
 * @param independentSources distinct source keys among the reports that assert it
 * @param articles           articles reporting it (asserting or denying)
 * @param contradicted       some report asserts it and another denies it
 */
public record EventCluster(String id, int independentSources, int articles, boolean contradicted) {
}
