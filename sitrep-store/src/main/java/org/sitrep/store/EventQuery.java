package org.sitrep.store;

import java.time.LocalDate;

/**
 * A filter on events; null fields do not filter.
 *
 * @param actor      matches an actor's name (case-insensitive), actor code or identity key
 * @param target     the same for targets
 * @param type       PLOVER type or CAMEO code
 * @param from       first day (inclusive)
 * @param to         last day (inclusive)
 * @param minSources at least this many independent sources
 */
public record EventQuery(String actor, String target, String type, LocalDate from, LocalDate to, int minSources, int limit) {
    public EventQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1");
        }
    }

    public static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, 0, limit);
    }
}
