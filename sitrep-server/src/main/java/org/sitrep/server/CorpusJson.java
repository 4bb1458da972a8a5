package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.json.AnalysisJson;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.EventRow;
import org.sitrep.store.SearchHit;
import org.sitrep.store.StoryView;
import org.sitrep.store.TimelineDay;

/** JSON and CSV for the store's query results (GDELT-like event columns), shared by the CLI and the server. */
public final class CorpusJson {
    private static final String[] CSV_HEADER = {"GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1Code", "Actor1CountryCode",
        "Actor2Name", "Actor2Code", "Actor2CountryCode", "EventCode", "PloverType", "NumSources", "NumArticles",
        "Contradicted", "Certainty", "Polarity", "ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
        "StoryId", "EventClusterId"};

    private CorpusJson() {
    }

    public static ArrayNode events(List<EventRow> rows) {
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

    public static ObjectNode article(ArticleSummary a) {
        return AnalysisJson.mapper().createObjectNode().put("id", a.id()).put("headline", a.headline())
                .put("publisher", a.publisher()).put("published", a.published() == null ? null : a.published().toString())
                .put("url", a.url()).put("duplicateOf", a.duplicateOf());
    }

    public static ArrayNode timeline(List<TimelineDay> days) {
        ArrayNode arr = AnalysisJson.mapper().createArrayNode();
        for (TimelineDay d : days) {
            ObjectNode o = arr.addObject().put("day", d.day() == null ? null : d.day().toString());
            o.set("events", events(d.events()));
            ArrayNode as = o.putArray("articles");
            d.articles().forEach(a -> as.add(article(a)));
        }
        return arr;
    }

    public static ObjectNode story(StoryView s) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode().put("id", s.id())
                .put("first", s.first() == null ? null : s.first().toString())
                .put("last", s.last() == null ? null : s.last().toString());
        ArrayNode as = o.putArray("articles");
        s.articles().forEach(a -> as.add(article(a)));
        o.set("events", events(s.events()));
        return o;
    }

    public static ArrayNode hits(List<SearchHit> hits) {
        ArrayNode arr = AnalysisJson.mapper().createArrayNode();
        for (SearchHit h : hits) {
            arr.addObject().put("score", h.score()).put("snippet", h.snippet()).set("article", article(h.article()));
        }
        return arr;
    }

    /**
     * Events as CSV with GDELT-like column names (RFC 4180 quoting). Text cells that a spreadsheet
     * would run as a formula (starting with = + - @, tab or carriage return: names and triggers come
     * from articles, which may be hostile) are prefixed with an apostrophe.
     */
    public static String csv(List<EventRow> rows) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append('\n');
        for (EventRow r : rows) {
            Object[] v = {r.globalEventId(), r.sqlDate(), r.actor1Name(), r.actor1Code(), r.actor1CountryCode(), r.actor2Name(),
                r.actor2Code(), r.actor2CountryCode(), r.eventCode(), r.ploverType(), r.numSources(), r.numArticles(),
                r.contradicted(), r.certainty(), r.polarity(), r.geoName(), r.geoLat(), r.geoLon(), r.sourceUrl(),
                r.storyId(), r.clusterId()};
            for (int i = 0; i < v.length; i++) {
                String cell = v[i] == null ? "" : v[i] instanceof String text ? defused(text) : v[i].toString();
                out.append(i > 0 ? "," : "").append(quote(cell));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
