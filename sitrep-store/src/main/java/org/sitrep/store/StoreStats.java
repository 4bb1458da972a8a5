package org.sitrep.store;

/** How much a store holds. */
public record StoreStats(long articles, long events, long entities, long stories, long links, long diagnostics) {
}
