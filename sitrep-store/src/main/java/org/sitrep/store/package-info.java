/**
 * The store port: a durable corpus of raw articles, their analyses and the cross-article links,
 * queried GDELT-style. Adapters: embedded DuckDB (default), PostgreSQL; a Lucene index for
 * full-text search lives beside them in the store folder.
 */
package org.sitrep.store;
