package org.sitrep.server;

import static org.sitrep.server.Html.esc;
import static org.sitrep.server.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.RawArticle;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventRow;
import org.sitrep.store.Store;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoryView;

/** The web UI: server-side HTML (every value escaped), charts drawn by /static/app.js with ECharts. */
final class Pages {
    /** Articles listed per page on the home page. */
    private static final int HOME_PAGE = 100;
    private final Store store;
    private final Api api;

    Pages(Store store, Api api) {
        this.store = store;
        this.api = api;
    }

    static String layout(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + esc(title) + " · Sitrep</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
                // ECharts (1 MB) only where a page draws a chart: the reader stays light.
                + (body.contains("data-chart=") ? "<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\" defer></script>" : "")
                + "<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\" defer></script>"
                + "<script src=\"/static/app.js\" defer></script></head><body><nav><a class=\"brand\" href=\"/\">Sitrep</a>"
                + "<a href=\"/analyse\">Analyse</a><a href=\"/events\">Events</a><a href=\"/map\">Map</a><a href=\"/docs\">API</a>"
                + "<form action=\"/\" method=\"get\" class=\"search\"><input name=\"q\" type=\"search\" placeholder=\"Search articles\"></form>"
                + "</nav><main>" + body + "</main></body></html>";
    }

    private static void page(Context ctx, String title, String body) {
        ctx.contentType("text/html; charset=utf-8").result(layout(title, body).getBytes(StandardCharsets.UTF_8));
    }

    void home(Context ctx) {
        StringBuilder b = new StringBuilder();
        String q = Api.blankToNull(ctx.queryParam("q"));
        if (q != null) {
            b.append("<h1>Search: ").append(esc(q)).append("</h1><ol class=\"hits\">");
            store.search(q, 50).forEach(h -> b.append("<li><a href=\"/articles/").append(url(h.article().id())).append("\">")
                    .append(esc(h.article().headline() == null ? h.article().id() : h.article().headline())).append("</a> <small>")
                    .append(esc(h.article().publisher())).append(" ").append(esc(String.valueOf(h.article().published())))
                    .append("</small><p>").append(esc(h.snippet())).append("</p></li>"));
            b.append("</ol>");
            page(ctx, "Search", b.toString());
            return;
        }
        StoreStats s = store.stats();
        b.append("<h1>The analyst's desk</h1><p class=\"stats\">").append(s.articles()).append(" articles · ").append(s.events())
                .append(" events · ").append(s.entities()).append(" entities · ").append(s.stories()).append(" stories in ")
                .append(esc(store.describe())).append("</p><p id=\"health\" class=\"health\"></p><h2>Articles</h2><ul class=\"articles\">");
        int offset = Api.intParam(ctx, "offset", 0, 0);
        for (ArticleSummary a : store.articles(offset, HOME_PAGE)) {
            b.append("<li><a href=\"/articles/").append(url(a.id())).append("\">").append(esc(a.headline() == null ? a.id() : a.headline()))
                    .append("</a> <small>").append(esc(a.publisher())).append(" ").append(esc(a.published() == null ? "" : a.published().toString()))
                    .append("</small></li>");
        }
        b.append("</ul><p class=\"pager\">");
        if (offset > 0) {
            b.append("<a rel=\"prev\" href=\"/?offset=").append(Math.max(0, offset - HOME_PAGE)).append("\">Previous</a> ");
        }
        if ((long) offset + HOME_PAGE < s.articles()) {
            b.append("<a rel=\"next\" href=\"/?offset=").append((long) offset + HOME_PAGE).append("\">Next</a>");
        }
        b.append("</p>");
        page(ctx, "Home", b.toString());
    }

    void article(Context ctx) {
        JsonNode a = Api.parse(api.storedArticle(ctx.pathParam("id")).analysisJson());
        page(ctx, a.path("article").path("headline").asText("Article"), ArticleView.render(a));
    }

    void analyseForm(Context ctx) {
        page(ctx, "Analyse", analyseFormHtml("", ""));
    }

    private static String analyseFormHtml(String text, String published) {
        return "<h1>Analyse an article</h1><p>Paste the text (or HTML) of an article. It is analysed, shown, and not stored.</p>"
                + "<form method=\"post\" action=\"/analyse\" class=\"analyse\"><label>Published (YYYY-MM-DD) <input name=\"published\" value=\""
                + esc(published) + "\"></label> <label>Publisher <input name=\"publisher\"></label><br><textarea name=\"text\" rows=\"16\" cols=\"100\" required>"
                + esc(text) + "</textarea><br><button type=\"submit\">Analyse</button></form>";
    }

    void analyse(Context ctx) {
        String text = ctx.formParam("text");
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("form field 'text' (the article) is required");
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        ContentFormat format = text.stripLeading().startsWith("<") ? ContentFormat.HTML : ContentFormat.TEXT;
        RawArticle raw = Api.raw(api.sitrep(), "analyse-form", body, format, Api.meta(ctx::formParam));
        JsonNode a = AnalysisJson.toTree(api.analyse(ctx, raw));
        page(ctx, "Analysis", ArticleView.render(a) + "<details><summary>Analyse another</summary>"
                + analyseFormHtml("", ctx.formParam("published") == null ? "" : ctx.formParam("published")) + "</details>");
    }

    private static String filterForm(Context ctx, String action) {
        // On the events page htmx swaps only the results (the page works without it too).
        String hx = action.equals("/events") ? " hx-get=\"/events\" hx-select=\"#event-results\" hx-target=\"#event-results\""
                + " hx-swap=\"outerHTML\" hx-push-url=\"true\"" : "";
        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"" + action + "\" class=\"filters\"" + hx + ">");
        for (String[] f : new String[][] {{"actor", "Actor"}, {"target", "Target"}, {"type", "PLOVER/CAMEO"}, {"from", "From"},
            {"to", "To"}, {"minSources", "Min. sources"}, {"limit", "Limit"}}) {
            String v = ctx.queryParam(f[0]);
            b.append("<label>").append(f[1]).append(" <input name=\"").append(f[0]).append("\" value=\"").append(esc(v == null ? "" : v))
                    .append("\" size=\"12\"></label> ");
        }
        return b.append("<button type=\"submit\">Filter</button></form>").toString();
    }

    private static String queryString(Context ctx) {
        String q = ctx.queryString();
        return q == null ? "" : q;
    }

    static String eventTable(List<EventRow> rows) {
        StringBuilder b = new StringBuilder("<table class=\"events\"><thead><tr><th>Day</th><th>Type</th><th>Actor</th><th>Target</th>"
                + "<th>Place</th><th>Sources</th><th>Certainty</th><th>Article</th></tr></thead><tbody>");
        for (EventRow r : rows) {
            b.append("<tr><td>").append(esc(r.day() == null ? "?" : r.day().toString())).append("</td><td><span class=\"type type-")
                    .append(esc(r.ploverType())).append("\">").append(esc(r.ploverType())).append("</span></td><td>").append(entityLink(r.actor1Name()))
                    .append("</td><td>").append(entityLink(r.actor2Name())).append("</td><td>").append(esc(r.geoName())).append("</td><td>")
                    .append(r.numSources()).append(r.contradicted() ? " <b class=\"contradicted\">contradicted</b>" : "").append("</td><td>")
                    .append(esc(r.certainty())).append(" ").append(esc("NEG".equals(r.polarity()) ? "(negated)" : "")).append("</td><td><a href=\"/articles/")
                    .append(url(r.articleId())).append("\">").append(esc(r.trigger() == null ? "article" : r.trigger())).append("</a></td></tr>");
        }
        return b.append("</tbody></table><p>").append(rows.size()).append(" event(s)</p>").toString();
    }

    private static String entityLink(String name) {
        return name == null ? "—" : "<a href=\"/entities/" + url(name) + "\">" + esc(name) + "</a>";
    }

    void events(Context ctx) {
        List<EventRow> rows = store.events(Api.query(ctx));
        String qs = queryString(ctx);
        page(ctx, "Events", "<h1>Events</h1>" + filterForm(ctx, "/events") + "<div id=\"event-results\"><p><a class=\"csv\" href=\"/api/events?"
                + esc(qs.isEmpty() ? "" : qs + "&") + "format=csv\">Download CSV</a> · <a href=\"/map?" + esc(qs) + "\">Map</a></p>"
                + eventTable(rows) + "</div>");
    }

    void map(Context ctx) {
        // The map sums events per country: by default over as many events as one request may ask for.
        List<EventRow> rows = store.events(Api.query(ctx, Api.MAX_LIMIT));
        WorldMap world = WorldMap.shipped();
        Map<String, double[]> places = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> shapeOfPlace = new LinkedHashMap<>();
        Map<String, Integer> shapeCounts = new TreeMap<>();
        for (EventRow r : rows) {
            if (r.geoLat() != null && r.geoLon() != null) {
                String name = r.geoName() == null ? r.geoLat() + "," + r.geoLon() : r.geoName();
                if (places.putIfAbsent(name, new double[] {r.geoLon(), r.geoLat()}) == null) {
                    world.shapeOfPlace(r.geoName(), r.geoLat(), r.geoLon()).ifPresent(s -> shapeOfPlace.put(name, s));
                }
                counts.merge(name, 1, Integer::sum);
                String shape = shapeOfPlace.get(name);
                if (shape != null) {
                    shapeCounts.merge(shape, 1, Integer::sum);
                }
            }
        }
        var points = AnalysisJson.mapper().createArrayNode();
        places.forEach((name, ll) -> points.addObject().put("name", name).put("lon", ll[0]).put("lat", ll[1])
                .put("events", counts.get(name)).put("country", shapeOfPlace.get(name)));
        var regions = AnalysisJson.mapper().createArrayNode();
        shapeCounts.forEach((shape, n) -> regions.addObject().put("name", shape).put("value", n));
        StringBuilder list = new StringBuilder("<ul class=\"places\">");
        places.keySet().forEach(n -> list.append("<li>").append(esc(n)).append(" (").append(counts.get(n)).append(")")
                .append(shapeOfPlace.containsKey(n) ? " · " + esc(shapeOfPlace.get(n)) : "").append("</li>"));
        page(ctx, "Map", "<h1>Where events happen</h1>" + filterForm(ctx, "/map")
                + "<p>Countries shaded by the number of events placed in them, places as dots. The country shapes ("
                + world.shapes() + ", Natural Earth via the echarts 4.1.0 WebJar) ship with Sitrep: no online tiles are used.</p>"
                + "<div class=\"chart map\" id=\"map\" data-chart=\"map\" data-shapes=\"/geo/world.json\"></div>"
                + data("map-data", points.toString()) + data("regions-data", regions.toString()) + list + "</ul>");
    }

    void entity(Context ctx) {
        String name = ctx.pathParam("name");
        var timeline = AnalysisJson.mapper().createArrayNode();
        store.dailyCounts(name).forEach(d -> timeline.addObject().put("day", d.day() == null ? null : d.day().toString()).put("events", d.events()));
        Map<String, EventRow> rows = new LinkedHashMap<>();
        store.events(new EventQuery(name, null, null, null, null, 0, 500)).forEach(r -> rows.putIfAbsent(r.globalEventId(), r));
        store.events(new EventQuery(null, name, null, null, null, 0, 500)).forEach(r -> rows.putIfAbsent(r.globalEventId(), r));
        List<EventRow> list = new ArrayList<>(rows.values());
        page(ctx, name, "<h1>" + esc(name) + "</h1><h2>Timeline</h2><div class=\"chart\" id=\"timeline\" data-chart=\"timeline\"></div>"
                + data("timeline-data", timeline.toString()) + "<h2>Actor network</h2><p>Edges are coloured by PLOVER type and as thick as"
                + " their independent sources.</p><div class=\"chart network\" id=\"network\" data-chart=\"network\"></div>"
                + data("network-data", Network.of(list).toString()) + "<h2>Events</h2>" + eventTable(list));
    }

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryView s = store.story(id).orElseThrow(() -> Problem.notFound("no story with id '" + id + "'"));
        StringBuilder b = new StringBuilder("<h1>Story ").append(esc(id)).append("</h1><p>").append(esc(String.valueOf(s.first())))
                .append(" – ").append(esc(String.valueOf(s.last()))).append("</p><h2>Articles</h2><ul>");
        s.articles().forEach(a -> b.append("<li><a href=\"/articles/").append(url(a.id())).append("\">")
                .append(esc(a.headline() == null ? a.id() : a.headline())).append("</a> <small>").append(esc(a.publisher())).append(" ")
                .append(esc(String.valueOf(a.published()))).append(a.duplicateOf() == null ? "" : " · copy of " + esc(a.duplicateOf()))
                .append("</small></li>"));
        b.append("</ul><h2>Shared events: who corroborates, who denies</h2><table class=\"clusters\"><thead><tr><th>Type</th><th>Actor → target</th>"
                + "<th>Day</th><th>Reported by</th><th>Reported as not happening (denied) by</th></tr></thead><tbody>");
        Map<String, String> publishers = new LinkedHashMap<>();
        s.articles().forEach(a -> publishers.put(a.id(), a.publisher() != null ? a.publisher() : a.url() != null ? hostOf(a.url()) : a.id()));
        Map<String, List<EventRow>> clusters = new LinkedHashMap<>();
        s.events().forEach(r -> clusters.computeIfAbsent(r.clusterId() == null ? r.globalEventId() : r.clusterId(), k -> new ArrayList<>()).add(r));
        var counts = new LinkedHashMap<String, Integer>();
        for (List<EventRow> c : clusters.values()) {
            EventRow r = c.get(0);
            Set<String> pos = new LinkedHashSet<>();
            Set<String> neg = new LinkedHashSet<>();
            for (EventRow e : c) {
                String src = publishers.getOrDefault(e.articleId(), e.articleId());
                ("NEG".equals(e.polarity()) ? neg : pos).add(src);
            }
            b.append("<tr><td>").append(esc(r.ploverType())).append("</td><td>").append(entityLink(r.actor1Name())).append(" → ")
                    .append(entityLink(r.actor2Name())).append("</td><td>").append(esc(String.valueOf(r.day()))).append("</td><td>")
                    .append(esc(String.join(", ", pos))).append("</td><td>").append(esc(String.join(", ", neg))).append("</td></tr>");
            if (r.day() != null) {
                counts.merge(r.day().toString(), 1, Integer::sum);
            }
        }
        var timeline = AnalysisJson.mapper().createArrayNode();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> timeline.addObject().put("day", e.getKey()).put("events", e.getValue()));
        b.append("</tbody></table><h2>Timeline</h2><div class=\"chart\" id=\"timeline\" data-chart=\"timeline\"></div>")
                .append(data("timeline-data", timeline.toString()))
                .append("<h2>Actor network</h2><div class=\"chart network\" id=\"network\" data-chart=\"network\"></div>")
                .append(data("network-data", Network.of(s.events()).toString()));
        page(ctx, "Story " + id, b.toString());
    }

    private static String hostOf(String u) {
        try {
            String h = java.net.URI.create(u).getHost();
            return h == null ? u : h;
        } catch (IllegalArgumentException ex) {
            return u;
        }
    }

    void docs(Context ctx) {
        JsonNode doc = Api.parse(SitrepServer.resource("openapi.json"));
        StringBuilder b = new StringBuilder("<h1>").append(esc(doc.path("info").path("title").asText())).append(" ")
                .append(esc(doc.path("info").path("version").asText())).append("</h1><p>").append(esc(doc.path("info").path("description").asText()))
                .append("</p><p>The machine-readable description: <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI 3).</p><table><thead><tr>"
                        + "<th>Method</th><th>Path</th><th>What</th><th>Parameters</th></tr></thead><tbody>");
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
            List<String> params = new ArrayList<>();
            op.getValue().path("parameters").forEach(x -> params.add(x.path("name").asText()));
            b.append("<tr><td>").append(esc(op.getKey().toUpperCase(java.util.Locale.ROOT))).append("</td><td><code>").append(esc(p.getKey()))
                    .append("</code></td><td>").append(esc(op.getValue().path("summary").asText())).append("</td><td>")
                    .append(esc(String.join(", ", params))).append("</td></tr>");
        }));
        page(ctx, "API", b.append("</tbody></table>").toString());
    }

    private static String data(String id, String json) {
        return "<script type=\"application/json\" id=\"" + id + "\">" + Html.jsonData(json) + "</script>";
    }
}
