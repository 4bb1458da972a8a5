/**
 * The only cross-article stage: near-duplicates and syndication (MinHash-LSH over word shingles),
 * story clustering, cross-article identity of entities and events, corroboration by independent
 * sources and contradictions. Every index here is incremental: adding an article consults
 * signatures and inverted indexes, never the texts of earlier articles. Pure Java, no store.
 */
package org.sitrep.link;
