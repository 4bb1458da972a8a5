package org.sitrep.server;

import static org.sitrep.server.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The article reader: the cleaned text with entities, times, attribution sources and cues and event
 * triggers highlighted (escaped), and a panel of events with actor, target, place, date, PLOVER type,
 * factuality and attribution chain. Works on the analysis JSON (output-schema.md), stored or fresh.
 */
final class ArticleView {
    /** At most this many highlighted spans (bounded work on hostile input). */
    static final int MAX_SPANS = 20_000;

    private record Mark(int begin, int end, String cls, String attr, String title) {
    }

    private ArticleView() {
    }

    static String render(JsonNode a) {
        JsonNode art = a.path("article");
        String text = art.path("text").asText("");
        Map<String, String> entityNames = new HashMap<>();
        a.path("entities").forEach(e -> entityNames.put(e.path("id").asText(), e.path("name").asText()));
        Map<String, JsonNode> attributions = new HashMap<>();
        a.path("attributions").forEach(x -> attributions.put(x.path("id").asText(), x));
        Map<String, JsonNode> times = new HashMap<>();
        a.path("times").forEach(x -> times.put(x.path("id").asText(), x));

        StringBuilder h = new StringBuilder();
        h.append("<article class=\"reader\"><header><h1>").append(esc(art.path("headline").asText(""))).append("</h1><p class=\"meta\">")
                .append(esc(art.path("publisher").asText(""))).append(" · ").append(esc(art.path("published").asText("date unknown")))
                .append(" <span class=\"basis\">(").append(esc(art.path("publishedBasis").asText(""))).append(")</span>");
        String url = art.path("url").asText(null);
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            h.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(esc(url)).append("\">source</a>");
        }
        h.append("</p>");
        JsonNode main = a.path("mainEvent");
        if (main.isObject()) {
            h.append("<p class=\"main-event\"><b>Main event:</b> ").append(esc(main.path("who").asText(""))).append(" — ")
                    .append(esc(main.path("what").asText(""))).append(" — ").append(esc(main.path("when").asText("")))
                    .append(" — ").append(esc(main.path("where").asText(""))).append("</p>");
        }
        h.append("<p class=\"legend\"><span class=\"ent\">entity</span> <span class=\"time\">time</span> "
                + "<span class=\"src\">source</span> <span class=\"cue\">attribution cue</span> <span class=\"ev\">event</span></p>");
        h.append("</header><div class=\"layout\"><div class=\"text\" id=\"article-text\">");
        h.append(highlight(text, marks(a, entityNames))).append("</div>");
        h.append("<aside class=\"events\" id=\"event-panel\"><h2>Events</h2><ol>");
        String publisher = art.path("publisher").asText(null);
        JsonNode corpusEvents = a.path("corpus").path("events");
        for (JsonNode v : a.path("events")) {
            String id = v.path("id").asText();
            h.append("<li class=\"event\" data-event=\"").append(esc(id)).append("\"><button type=\"button\" class=\"event-button\" data-event=\"")
                    .append(esc(id)).append("\"><span class=\"type type-").append(esc(v.path("type").asText())).append("\">")
                    .append(esc(v.path("type").asText())).append("</span> ").append(esc(names(v.path("actors"), entityNames)))
                    .append(" → ").append(esc(names(v.path("targets"), entityNames))).append(" <i>")
                    .append(esc(v.path("trigger").path("text").asText())).append("</i></button>");
            h.append("<dl class=\"event-detail\" id=\"detail-").append(esc(id)).append("\" hidden>");
            dd(h, "Actor", names(v.path("actors"), entityNames));
            dd(h, "Target", names(v.path("targets"), entityNames));
            dd(h, "Place", entityNames.getOrDefault(v.path("location").asText(""), "—"));
            dd(h, "Date", date(v, times));
            dd(h, "Type", v.path("type").asText() + (v.path("mode").isTextual() ? " (" + v.path("mode").asText() + ")" : "")
                    + (v.path("cameo").isTextual() ? " · CAMEO " + v.path("cameo").asText() : ""));
            JsonNode f = v.path("factuality");
            dd(h, "Factuality", f.path("certainty").asText("?") + " · " + f.path("polarity").asText("?") + " · " + f.path("time").asText("?"));
            h.append("<dt>Attribution</dt><dd class=\"chain\">").append(esc(chain(v.path("attribution").asText(null), attributions,
                    entityNames, publisher))).append("</dd>");
            JsonNode ce = corpusEvents.path(id);
            if (ce.isObject()) {
                dd(h, "Independent sources", ce.path("independentSources").asText() + (ce.path("contradicted").asBoolean() ? " (contradicted)" : ""));
            }
            List<String> deniers = new ArrayList<>();
            v.path("deniedBy").forEach(d -> deniers.add(entityNames.getOrDefault(d.path("entity").asText(""), "someone")));
            if (!deniers.isEmpty()) {
                dd(h, "Denied by", String.join(", ", deniers));
            }
            h.append("</dl></li>");
        }
        h.append("</ol></aside></div>");
        h.append("<section class=\"entities\"><h2>Entities</h2><ul>");
        for (JsonNode e : a.path("entities")) {
            h.append("<li><a href=\"/entities/").append(Html.url(e.path("name").asText())).append("\">").append(esc(e.path("name").asText()))
                    .append("</a> <small>").append(esc(e.path("type").asText())).append(e.path("country").isTextual() ? " · "
                            + esc(e.path("country").asText()) : "").append("</small></li>");
        }
        h.append("</ul></section>");
        JsonNode corpus = a.path("corpus");
        if (corpus.path("story").isTextual()) {
            h.append("<p>Story: <a href=\"/stories/").append(Html.url(corpus.path("story").asText())).append("\">")
                    .append(esc(corpus.path("story").asText())).append("</a></p>");
        }
        h.append("</article>");
        return h.toString();
    }

    private static void dd(StringBuilder h, String term, String value) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value == null || value.isEmpty() ? "—" : value)).append("</dd>");
    }

    private static String names(JsonNode ids, Map<String, String> entityNames) {
        List<String> out = new ArrayList<>();
        ids.forEach(i -> out.add(entityNames.getOrDefault(i.asText(), i.asText())));
        return out.isEmpty() ? "—" : String.join(", ", out);
    }

    private static String date(JsonNode v, Map<String, JsonNode> times) {
        String value = v.path("date").path("value").asText(null);
        if (value == null && v.path("time").isTextual()) {
            value = times.getOrDefault(v.path("time").asText(), v).path("value").asText(null);
        }
        return value == null ? "—" : value + " (" + v.path("date").path("basis").asText("?") + ")";
    }

    /** The chain of who reports whom, outermost first: "Reuters ← AP ← official". */
    static String chain(String innermost, Map<String, JsonNode> attributions, Map<String, String> entityNames, String publisher) {
        List<String> sources = new ArrayList<>();
        String id = innermost;
        for (int guard = 0; id != null && guard < 20; guard++) {
            JsonNode x = attributions.get(id);
            if (x == null) {
                break;
            }
            String name = x.path("source").isTextual() ? entityNames.get(x.path("source").asText()) : null;
            sources.add(0, name != null ? name : x.path("sourceText").asText(x.path("sourceKind").asText("?")));
            id = x.path("parent").isTextual() ? x.path("parent").asText() : null;
        }
        if (publisher != null && (sources.isEmpty() || !sources.get(0).equalsIgnoreCase(publisher))) {
            sources.add(0, publisher);
        }
        return sources.isEmpty() ? "—" : String.join(" ← ", sources);
    }

    private static List<Mark> marks(JsonNode a, Map<String, String> entityNames) {
        List<Mark> m = new ArrayList<>();
        for (JsonNode e : a.path("entities")) {
            String id = e.path("id").asText();
            for (JsonNode x : e.path("mentions")) {
                add(m, x, "ent ent-" + e.path("type").asText(), "data-entity=\"" + esc(id) + "\"", e.path("name").asText()
                        + " (" + e.path("type").asText() + ")");
            }
        }
        for (JsonNode t : a.path("times")) {
            add(m, t, "time", null, t.path("type").asText() + " " + t.path("value").asText());
        }
        for (JsonNode x : a.path("attributions")) {
            add(m, x.path("sourceSpan"), "src", null, "source");
            add(m, x.path("cue"), "cue", null, "attribution cue");
        }
        for (JsonNode v : a.path("events")) {
            add(m, v.path("trigger"), "ev type-" + v.path("type").asText(), "data-event=\"" + esc(v.path("id").asText()) + "\"",
                    v.path("type").asText());
        }
        m.sort(Comparator.comparingInt(Mark::begin));
        return m.size() > MAX_SPANS ? m.subList(0, MAX_SPANS) : m;
    }

    private static void add(List<Mark> m, JsonNode span, String cls, String attr, String title) {
        if (span.path("begin").isInt() && span.path("end").isInt() && span.path("end").asInt() > span.path("begin").asInt()) {
            m.add(new Mark(span.path("begin").asInt(), span.path("end").asInt(), cls, attr, title));
        }
    }

    /** The text cut at every span boundary; each piece carries the classes of the spans covering it. */
    static String highlight(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Mark k : marks) {
            if (k.begin() >= 0 && k.end() <= text.length()) {
                cuts.add(k.begin());
                cuts.add(k.end());
            }
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<Mark> active = new ArrayList<>();
        int next = 0;
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int from = prev;
                active.removeIf(k -> k.end() <= from);
                while (next < marks.size() && marks.get(next).begin() <= from) {
                    Mark k = marks.get(next++);
                    if (k.end() > from && k.end() <= text.length()) {
                        active.add(k);
                    }
                }
                String piece = esc(text.substring(prev, cut));
                if (active.isEmpty()) {
                    out.append(piece);
                } else {
                    StringBuilder cls = new StringBuilder();
                    StringBuilder attrs = new StringBuilder();
                    List<String> titles = new ArrayList<>();
                    for (Mark k : active) {
                        cls.append(cls.length() == 0 ? "" : " ").append(k.cls());
                        if (k.attr() != null && attrs.indexOf(k.attr().substring(0, k.attr().indexOf('='))) < 0) {
                            attrs.append(' ').append(k.attr());
                        }
                        titles.add(k.title());
                    }
                    out.append("<span class=\"").append(esc(cls.toString())).append('"').append(attrs).append(" title=\"")
                            .append(esc(String.join("; ", titles))).append("\">").append(piece).append("</span>");
                }
            }
            prev = cut;
        }
        return out.toString();
    }
}
