package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.Sitrep;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.RawArticle;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventRow;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoredArticle;

/** The JSON API: thin handlers over the store's queries and the analysis facade. */
final class Api {
    static final int MAX_LIMIT = 1000;
    private final Store store;
    private final EngineLoader engine;
    private final AnalysisGate gate = AnalysisGate.forThisMachine();
    /** Fetches {@code ?fetch=URL}, or null when URL fetching is off. */
    private final UrlFetcher fetcher;

    Api(Store store, EngineLoader engine, UrlFetcher fetcher) {
        this.store = store;
        this.engine = engine;
        this.fetcher = fetcher;
    }

    void health(Context ctx) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("status", switch (engine.state()) {
            case READY -> "ready";
            case WARMING_UP -> "warming-up";
            case FAILED -> "failed";
        });
        o.put("version", Sitrep.VERSION);
        o.put("store", store.describe());
        if (engine.failure() != null) {
            o.put("detail", engine.failure());
        }
        json(ctx, o);
    }

    /** Analyses a posted article (text or HTML) without storing it. */
    void analyze(Context ctx) {
        Analysis a = analyse(ctx, read(ctx));
        json(ctx, AnalysisJson.toTree(a));
    }

    void ingest(Context ctx) {
        RawArticle raw = read(ctx);
        Analysis a = analyse(ctx, raw);
        PutResult r = store.put(raw, a);
        ObjectNode o = AnalysisJson.mapper().createObjectNode().put("articleId", r.articleId()).put("replaced", r.replaced());
        o.set("corpus", AnalysisJson.corpus(r.links()));
        ctx.status(201);
        json(ctx, o);
    }

    /** The default and largest page of {@code GET /api/articles}. */
    static final int ARTICLES_PAGE = 50;
    static final int MAX_ARTICLES_PAGE = 500;

    /** One page of the stored articles (summaries only: no raw text is read), with the total and the next page. */
    void articles(Context ctx) {
        int limit = Math.min(MAX_ARTICLES_PAGE, intParam(ctx, "limit", ARTICLES_PAGE, 1));
        int offset = intParam(ctx, "offset", 0, 0);
        long total = store.stats().articles();
        ObjectNode o = AnalysisJson.mapper().createObjectNode().put("total", total).put("offset", offset).put("limit", limit);
        var arr = o.putArray("articles");
        store.articles(offset, limit).forEach(a -> arr.add(CorpusJson.article(a)));
        if ((long) offset + limit < total) {
            o.put("next", "/api/articles?offset=" + ((long) offset + limit) + "&limit=" + limit);
        } else {
            o.putNull("next");
        }
        json(ctx, o);
    }

    void article(Context ctx) {
        json(ctx, parse(storedArticle(ctx.pathParam("id")).analysisJson()));
    }

    StoredArticle storedArticle(String id) {
        return store.get(id).orElseThrow(() -> Problem.notFound("no article with id '" + id + "' in " + store.describe()));
    }

    void events(Context ctx) {
        List<EventRow> rows = store.events(query(ctx));
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events.csv\"");
            ctx.result(CorpusJson.csv(rows));
            return;
        }
        json(ctx, CorpusJson.events(rows));
    }

    void timeline(Context ctx) {
        String name = ctx.pathParam("name");
        ObjectNode o = AnalysisJson.mapper().createObjectNode().put("entity", name);
        var counts = o.putArray("counts");
        store.dailyCounts(name).forEach(d -> counts.addObject().put("day", d.day() == null ? null : d.day().toString())
                .put("events", d.events()));
        o.set("days", CorpusJson.timeline(store.timeline(name, limit(ctx, 100))));
        json(ctx, o);
    }

    void network(Context ctx) {
        String name = ctx.pathParam("name");
        int limit = limit(ctx, 500);
        Map<String, EventRow> rows = new LinkedHashMap<>();
        store.events(new EventQuery(name, null, null, null, null, 0, limit)).forEach(r -> rows.putIfAbsent(r.globalEventId(), r));
        store.events(new EventQuery(null, name, null, null, null, 0, limit)).forEach(r -> rows.putIfAbsent(r.globalEventId(), r));
        ObjectNode o = Network.of(new ArrayList<>(rows.values()));
        o.put("entity", name);
        json(ctx, o);
    }

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        var s = store.story(id).orElseThrow(() -> Problem.notFound("no story with id '" + id + "'"));
        ObjectNode o = CorpusJson.story(s);
        o.set("network", Network.of(s.events()));
        json(ctx, o);
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw Problem.badRequest("parameter 'q' (the search words) is required");
        }
        json(ctx, CorpusJson.hits(store.search(q, limit(ctx, 20))));
    }

    /** The event filters of {@code sitrep query events}, from query parameters. */
    static EventQuery query(Context ctx) {
        return query(ctx, 100);
    }

    /** The same with another default for {@code limit}. */
    static EventQuery query(Context ctx, int defaultLimit) {
        return new EventQuery(blankToNull(ctx.queryParam("actor")), blankToNull(ctx.queryParam("target")),
                blankToNull(ctx.queryParam("type")), date(ctx, "from"), date(ctx, "to"), intParam(ctx, "minSources", 0, 0),
                limit(ctx, defaultLimit));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, got '" + v + "'");
        }
    }

    static int limit(Context ctx, int dflt) {
        return Math.min(MAX_LIMIT, intParam(ctx, "limit", dflt, 1));
    }

    static int intParam(Context ctx, String name, int dflt, int min) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                throw Problem.badRequest("parameter '" + name + "' must be at least " + min);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Problem.badRequest("parameter '" + name + "' must be an integer, got '" + v + "'");
        }
    }

    /** The posted article: the body is the text or HTML; metadata from query parameters. */
    RawArticle read(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String fetch = blankToNull(ctx.queryParam("fetch"));
        ArticleMeta meta = meta(ctx::queryParam);
        if (fetch != null) {
            if (fetcher == null) {
                throw new Problem(403, "Forbidden", "URL fetching is off; start the server with --fetch-urls, or post the article");
            }
            if (body.length > 0) {
                throw Problem.badRequest("give either the article as the body or ?fetch=URL, not both");
            }
            UrlFetcher.Fetched f = fetcher.fetch(fetch);
            body = f.body();
            type = f.contentType() == null ? "" : f.contentType().toLowerCase(Locale.ROOT);
            if (meta.url() == null) {
                meta = new ArticleMeta(meta.id(), meta.headline(), meta.publisher(), f.url(), meta.published(), null, List.of());
            }
        }
        if (body.length == 0) {
            throw Problem.badRequest("the request body must be the article (text/plain or text/html)");
        }
        ContentFormat format = type.contains("html") ? ContentFormat.HTML
                : type.contains("text/plain") ? ContentFormat.TEXT : org.sitrep.ingest.Ingest.sniff(body);
        return raw(sitrep(), "api", body, format, meta);
    }

    static RawArticle raw(Sitrep s, String origin, byte[] body, ContentFormat format, ArticleMeta meta) {
        RawArticle raw = s.ingest().fromBytes(origin, body, format);
        return raw.withMeta(raw.meta().overriddenBy(meta));
    }

    static ArticleMeta meta(java.util.function.UnaryOperator<String> param) {
        LocalDate published;
        String p = blankToNull(param.apply("published"));
        try {
            published = p == null ? null : LocalDate.parse(p);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("parameter 'published' must be a date YYYY-MM-DD, got '" + p + "'");
        }
        return new ArticleMeta(blankToNull(param.apply("id")), blankToNull(param.apply("headline")),
                blankToNull(param.apply("publisher")), blankToNull(param.apply("url")), published, null, List.of());
    }

    Analysis analyse(Context ctx, RawArticle raw) {
        Sitrep engine = sitrep();
        return gate.run(() -> engine.analyze(raw, raw.meta().published()));
    }

    Sitrep sitrep() {
        return engine.engine().orElseThrow(() -> new Problem(503, "Warming up",
                engine.state() == EngineLoader.State.FAILED ? "the NLP models failed to load: " + engine.failure()
                        : "the NLP models are still loading; try again in a few seconds (GET /api/health says 'ready' when done)"));
    }

    static JsonNode parse(String json) {
        try {
            return AnalysisJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(node.toString().getBytes(StandardCharsets.UTF_8));
    }
}
