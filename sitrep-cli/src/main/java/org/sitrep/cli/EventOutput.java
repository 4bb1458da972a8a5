package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sitrep.json.AnalysisJson;
import org.sitrep.store.EventRow;

/** Prints events as a table for people, JSON or CSV (GDELT-like column names). */
final class EventOutput {
    /** Output formats of the corpus commands. */
    enum Format { table, json, csv }

    private static final String[] CSV_HEADER = {"GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1Code", "Actor1CountryCode",
        "Actor2Name", "Actor2Code", "Actor2CountryCode", "EventCode", "PloverType", "NumSources", "NumArticles",
        "Contradicted", "Certainty", "Polarity", "ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
        "StoryId", "EventClusterId"};

    private EventOutput() {
    }

    static void print(PrintWriter out, List<EventRow> rows, Format format) {
        switch (format) {
            case table -> table(out, rows);
            case json -> out.println(json(rows).toPrettyString());
            case csv -> csv(out, rows);
        }
        out.flush();
    }

    static void table(PrintWriter out, List<EventRow> rows) {
        out.printf(Locale.ROOT, "%-10s  %-10s %-24s %-24s %7s %5s  %s%n", "day", "type", "actor", "target", "sources",
                "cntr", "source url");
        for (EventRow r : rows) {
            out.printf(Locale.ROOT, "%-10s  %-10s %-24s %-24s %7d %5s  %s%n", r.day() == null ? "?" : r.day(),
                    cut(r.ploverType(), 10), cut(r.actor1Name(), 24), cut(r.actor2Name(), 24), r.numSources(),
                    r.contradicted() ? "yes" : "", r.sourceUrl() == null ? r.articleId() : r.sourceUrl());
        }
        out.println(rows.size() + " event(s)");
    }

    private static String cut(String s, int n) {
        if (s == null) {
            return "-";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static ArrayNode json(List<EventRow> rows) {
        ArrayNode arr = AnalysisJson.mapper().createArrayNode();
        for (EventRow r : rows) {
            ObjectNode o = arr.addObject();
            o.put("globalEventId", r.globalEventId());
            o.put("day", r.day() == null ? null : r.day().toString());
            o.put("sqlDate", r.sqlDate());
            o.put("type", r.ploverType());
            o.put("cameo", r.eventCode());
            o.putObject("actor1").put("name", r.actor1Name()).put("code", r.actor1Code()).put("country", r.actor1CountryCode());
            o.putObject("actor2").put("name", r.actor2Name()).put("code", r.actor2Code()).put("country", r.actor2CountryCode());
            o.put("numSources", r.numSources());
            o.put("numArticles", r.numArticles());
            o.put("contradicted", r.contradicted());
            o.put("certainty", r.certainty());
            o.put("polarity", r.polarity());
            o.put("place", r.geoName());
            o.put("lat", r.geoLat());
            o.put("lon", r.geoLon());
            o.put("article", r.articleId());
            o.put("event", r.eventId());
            o.put("eventCluster", r.clusterId());
            o.put("story", r.storyId());
            o.put("sourceUrl", r.sourceUrl());
            o.put("trigger", r.trigger());
        }
        return arr;
    }

    static void csv(PrintWriter out, List<EventRow> rows) {
        out.println(String.join(",", CSV_HEADER));
        for (EventRow r : rows) {
            Object[] v = {r.globalEventId(), r.sqlDate(), r.actor1Name(), r.actor1Code(), r.actor1CountryCode(), r.actor2Name(),
                r.actor2Code(), r.actor2CountryCode(), r.eventCode(), r.ploverType(), r.numSources(), r.numArticles(),
                r.contradicted(), r.certainty(), r.polarity(), r.geoName(), r.geoLat(), r.geoLon(), r.sourceUrl(),
                r.storyId(), r.clusterId()};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                sb.append(i > 0 ? "," : "").append(v[i] == null ? "" : quote(v[i].toString()));
            }
            out.println(sb);
        }
    }

    private static String quote(String s) {
        return s.matches(".*[,\"\\r\\n].*") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
