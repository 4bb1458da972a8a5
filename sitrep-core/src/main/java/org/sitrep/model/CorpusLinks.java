package org.sitrep.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the corpus knows about one stored article: its story, the article it duplicates (if any),
 * the articles it is a near-identical copy of, and per event the number of independent sources
 * and whether another source contradicts it.
 *
 * @param story       the story id, or null
 * @param duplicateOf the earliest stored article this one copies or rewrites, or null
 * @param copyOf      ids of stored articles this one is a near-identical copy of
 * @param events      per event id of this article, its corroboration
 */
public record CorpusLinks(String story, String duplicateOf, List<String> copyOf, Map<String, EventCorroboration> events) {
    public CorpusLinks {
        copyOf = List.copyOf(copyOf);
        events = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(events, "events")));
    }

    /** How many independent sources report an event, and whether some source denies it. */
    public record EventCorroboration(int independentSources, boolean contradicted) {
        public EventCorroboration {
            if (independentSources < 0) {
                throw new IllegalArgumentException("independentSources < 0: " + independentSources);
            }
        }
    }
}
