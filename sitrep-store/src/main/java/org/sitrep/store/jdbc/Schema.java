package org.sitrep.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables, in SQL that DuckDB and PostgreSQL both accept. The events table follows
 * GDELT's event table where a column means the same (sql_date ~ SQLDATE, actor1_name ~
 * Actor1Name, event_code ~ EventCode, num_sources ~ NumSources, geo_lat ~ ActionGeo_Lat,
 * source_url ~ SOURCEURL, …). {@code actors} and {@code targets} hold every participant's
 * lower-cased name, code and identity key between '|' for matching.
 */
final class Schema {
    static final String VERSION = "1";

    private Schema() {
    }

    static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT)",
            "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, seq BIGINT, content_hash TEXT, headline TEXT,"
                    + " publisher TEXT, url TEXT, language TEXT, published DATE, text TEXT, origin TEXT, raw_format TEXT,"
                    + " raw_content TEXT, raw_main TEXT, raw_hash TEXT, raw_meta TEXT, analysis TEXT, failed BOOLEAN,"
                    + " story_id TEXT, duplicate_of TEXT, source_key TEXT, signature TEXT, story_terms TEXT,"
                    + " ingested_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)",
            "CREATE TABLE IF NOT EXISTS entities (article_id TEXT, entity_id TEXT, entity_key TEXT, name TEXT, type TEXT,"
                    + " country TEXT, kb_id TEXT, wikidata TEXT, sector TEXT, actor_code TEXT, source_kind TEXT,"
                    + " lat FLOAT8, lon FLOAT8, mentions INTEGER)",
            "CREATE TABLE IF NOT EXISTS mentions (article_id TEXT, entity_id TEXT, begin_offset INTEGER, end_offset INTEGER,"
                    + " text TEXT, kind TEXT)",
            "CREATE TABLE IF NOT EXISTS times (article_id TEXT, time_id TEXT, begin_offset INTEGER, end_offset INTEGER,"
                    + " text TEXT, type TEXT, value TEXT, begin_point TEXT, end_point TEXT)",
            "CREATE TABLE IF NOT EXISTS attributions (article_id TEXT, attribution_id TEXT, source_entity TEXT,"
                    + " source_text TEXT, source_kind TEXT, cue TEXT, content TEXT, content_begin INTEGER,"
                    + " content_end INTEGER, direct BOOLEAN, parent TEXT)",
            "CREATE TABLE IF NOT EXISTS events (global_event_id TEXT, article_id TEXT, event_id TEXT, cluster_id TEXT,"
                    + " story_id TEXT, event_key TEXT, sql_date INTEGER, day DATE, date_value TEXT, date_basis TEXT,"
                    + " actor1_name TEXT, actor1_code TEXT, actor1_country_code TEXT, actor1_key TEXT,"
                    + " actor2_name TEXT, actor2_code TEXT, actor2_country_code TEXT, actor2_key TEXT,"
                    + " actors TEXT, targets TEXT, event_code TEXT, plover_type TEXT, plover_mode TEXT, goldstein FLOAT8,"
                    + " certainty TEXT, polarity TEXT, factuality FLOAT8, confidence FLOAT8, denied BOOLEAN,"
                    + " source_key TEXT, attribution_source TEXT, num_sources INTEGER, num_articles INTEGER,"
                    + " contradicted BOOLEAN, geo_name TEXT, geo_lat FLOAT8, geo_lon FLOAT8, source_url TEXT,"
                    + " trigger_text TEXT, evidence TEXT)",
            "CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, label TEXT, first_day DATE, last_day DATE,"
                    + " articles INTEGER)",
            "CREATE TABLE IF NOT EXISTS links (from_article TEXT, to_article TEXT, kind TEXT, jaccard FLOAT8,"
                    + " containment FLOAT8)",
            "CREATE TABLE IF NOT EXISTS diagnostics (article_id TEXT, origin TEXT, severity TEXT, stage TEXT,"
                    + " message TEXT, noted_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");

    /** Child tables keyed by article_id (deleted and rewritten when an article is replaced). */
    static final List<String> ARTICLE_CHILDREN = List.of("entities", "mentions", "times", "attributions", "events", "links",
            "diagnostics");

    /** Tables made entirely from analyses and links (emptied and rebuilt by a reanalysis). */
    static final List<String> LINKED_TABLES = List.of("entities", "mentions", "times", "attributions", "events", "links",
            "stories");

    static void create(Connection c, List<String> extraIndexes) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : TABLES) {
                s.execute(ddl);
            }
            for (String ddl : extraIndexes) {
                s.execute(ddl);
            }
        }
    }
}
