package org.sitrep.store.jdbc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.sitrep.store.Store;

/** CSV and JSON Lines exports written from JDBC result sets. */
final class Exports {
    /** The events with GDELT's column names where they mean the same, then Sitrep's. */
    static final String GDELT_SELECT = "SELECT global_event_id AS \"GLOBALEVENTID\", sql_date AS \"SQLDATE\","
            + " actor1_code AS \"Actor1Code\", actor1_name AS \"Actor1Name\", actor1_country_code AS \"Actor1CountryCode\","
            + " actor2_code AS \"Actor2Code\", actor2_name AS \"Actor2Name\", actor2_country_code AS \"Actor2CountryCode\","
            + " event_code AS \"EventCode\", plover_type AS \"PloverType\", plover_mode AS \"PloverMode\","
            + " goldstein AS \"GoldsteinScale\", num_sources AS \"NumSources\", num_articles AS \"NumArticles\","
            + " contradicted AS \"Contradicted\", certainty AS \"Certainty\", polarity AS \"Polarity\", factuality AS \"Factuality\","
            + " geo_name AS \"ActionGeo_FullName\", geo_lat AS \"ActionGeo_Lat\", geo_lon AS \"ActionGeo_Long\","
            + " source_url AS \"SOURCEURL\", article_id AS \"ArticleId\", event_id AS \"EventId\", cluster_id AS \"EventClusterId\","
            + " story_id AS \"StoryId\", attribution_source AS \"AttributedTo\" FROM events ORDER BY sql_date, global_event_id";

    private Exports() {
    }

    static void csv(Connection c, Path out) throws SQLException, IOException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(GDELT_SELECT);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            for (int i = 1; i <= n; i++) {
                w.write((i > 1 ? "," : "") + md.getColumnLabel(i));
            }
            w.write("\n");
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    w.write((i > 1 ? "," : "") + (v == null ? "" : quote(v.toString())));
                }
                w.write("\n");
            }
        }
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static void jsonl(Store store, Connection c, Path out) throws SQLException, IOException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles ORDER BY seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String id : ids) {
                var a = store.get(id);
                if (a.isPresent()) {
                    w.write(a.get().analysisJson());
                    w.write("\n");
                }
            }
        }
    }
}
