package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.sitrep.json.AnalysisJson;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * {@code sitrep serve}: the REST API ({@code /api/…}, described by {@code /openapi.json}) and the
 * web UI on one store. Binds loopback unless configured otherwise (then a bearer token is required).
 */
public final class SitrepServer implements AutoCloseable {
    private static final String TOKEN_COOKIE = "sitrep_token";
    /** Request attribute: an error was already written (the 404 handler leaves it alone). */
    private static final String PROBLEM_WRITTEN = "sitrep.problem";
    private final Javalin app;
    private final ServerConfig config;

    private SitrepServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /** Builds and starts the server; it answers at once, the engine may still be loading. */
    public static SitrepServer start(Store store, EngineLoader engine, ServerConfig config) {
        Api api = new Api(store, engine, config.fetchUrls() ? new UrlFetcher(config.maxBodyBytes()) : null);
        Pages pages = new Pages(store, api);
        RateLimiter limiter = new RateLimiter(config.requestsPerMinute());
        String openapi = resource("openapi.json");
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.staticFiles.enableWebjars();
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/org/sitrep/server/static";
                sf.location = Location.CLASSPATH;
            });
            c.routes.before(ctx -> {
                securityHeaders(ctx);
                if (!limiter.allow(ctx.ip(), System.currentTimeMillis())) {
                    throw new Problem(429, "Too many requests", "more than " + config.requestsPerMinute()
                            + " requests in a minute from " + ctx.ip() + "; wait a little");
                }
                authorise(ctx, config.token());
                sameOrigin(ctx, config.token() == null);
                String len = ctx.header("Content-Length");
                if (len != null && len.matches("\\d{1,18}") && Long.parseLong(len) > config.maxBodyBytes()) {
                    throw new Problem(413, "Payload too large", "the body has " + len + " bytes; at most "
                            + config.maxBodyBytes() + " are accepted");
                }
            });
            c.routes.get("/api/health", api::health);
            c.routes.post("/api/analyze", api::analyze);
            c.routes.post("/api/ingest", api::ingest);
            c.routes.get("/api/articles", api::articles);
            c.routes.get("/api/articles/{id}", api::article);
            c.routes.get("/api/events", api::events);
            c.routes.get("/api/entities/{name}/timeline", api::timeline);
            c.routes.get("/api/entities/{name}/network", api::network);
            c.routes.get("/api/stories/{id}", api::story);
            c.routes.get("/api/search", api::search);
            c.routes.get("/geo/world.json", SitrepServer::worldShapes);
            c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi));
            c.routes.get("/docs", pages::docs);
            c.routes.get("/", pages::home);
            c.routes.get("/articles/{id}", pages::article);
            c.routes.get("/analyse", pages::analyseForm);
            c.routes.post("/analyse", pages::analyse);
            c.routes.get("/events", pages::events);
            c.routes.get("/map", pages::map);
            c.routes.get("/entities/{name}", pages::entity);
            c.routes.get("/stories/{id}", pages::story);
            c.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage()));
            c.routes.exception(StoreException.class, (e, ctx) -> problem(ctx, 500, "Store error", e.getMessage()));
            c.routes.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "Internal error", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            c.routes.error(404, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    problem(ctx, 404, "Not found", "no such resource: " + ctx.path() + " (see /docs)");
                }
            });
            c.routes.error(413, ctx -> {
                if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                    problem(ctx, 413, "Payload too large", "at most " + config.maxBodyBytes() + " bytes are accepted");
                }
            });
        });
        app.start();
        // Parse the map's country shapes now, beside the models, rather than on the first map page.
        Thread shapes = new Thread(WorldMap::shipped, "sitrep-world-shapes");
        shapes.setDaemon(true);
        shapes.start();
        return new SitrepServer(app, config);
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The country shapes of the map (GeoJSON, 1 MB): cached by browsers, revalidated by ETag. */
    private static void worldShapes(Context ctx) {
        WorldMap map = WorldMap.shipped();
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.header("ETag", map.etag());
        if (map.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/geo+json").result(map.geojson());
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'");
    }

    private static void authorise(Context ctx, String token) {
        if (token == null) {
            return;
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : ctx.cookie(TOKEN_COOKIE);
        String fromQuery = ctx.queryParam("token");
        if (given == null && fromQuery != null && same(fromQuery, token)) {
            // A person opening the UI once with ?token=…: remember it for the pages and scripts.
            ctx.cookie(new io.javalin.http.Cookie(TOKEN_COOKIE, token, "/", -1, false, true, null,
                    io.javalin.http.SameSite.STRICT));
            return;
        }
        if (given == null || !same(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new Problem(401, "Unauthorized", "this server requires 'Authorization: Bearer TOKEN' (the --token it was started with)");
        }
    }

    /**
     * Without a token (loopback), the Host must be a loopback name: a page of another site whose name
     * was rebound to 127.0.0.1 (DNS rebinding) gets no answer. A write must not come from a page of
     * another origin (cross-site request forgery): its Origin, when sent, must be this server.
     */
    private static void sameOrigin(Context ctx, boolean loopbackOnly) {
        String host = ctx.header("Host");
        if (loopbackOnly && (host == null || !ServerConfig.isLoopback(hostName(host).toLowerCase(java.util.Locale.ROOT)))) {
            throw new Problem(403, "Forbidden", "this server answers only requests for a loopback host (localhost, 127.0.0.1, [::1]);"
                    + " the request was for '" + host + "'");
        }
        String method = ctx.req().getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return;
        }
        // Browsers say where a request comes from: Sec-Fetch-Site, else Origin (sent as "null" under no-referrer).
        String site = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        boolean foreign = site != null ? !"same-origin".equals(site) && !"none".equals(site)
                : origin != null && (host == null || !host.equalsIgnoreCase(authority(origin)));
        if (foreign) {
            throw new Problem(403, "Forbidden", "a " + method + " from another site (" + (site != null ? site : origin) + ") is refused");
        }
    }

    /** The host name of a Host header ("127.0.0.1:8080", "[::1]:8080", "localhost"). */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon >= 0 && h.indexOf(':') == colon ? h.substring(0, colon) : h;
    }

    private static String authority(String origin) {
        try {
            String a = java.net.URI.create(origin).getRawAuthority();
            return a == null ? "" : a;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes an error: an RFC 7807 problem document, or for a person's browser asking for a page
     * (not the API) the same in an HTML page.
     */
    static void problem(Context ctx, int status, String title, String detail) {
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        if (!ctx.path().startsWith("/api/") && String.valueOf(ctx.header("Accept")).contains("text/html")) {
            ctx.status(status).contentType("text/html; charset=utf-8").result(Pages.layout(title, "<h1>" + Html.esc(title)
                    + "</h1><p class=\"problem\">" + Html.esc(detail) + "</p>").getBytes(StandardCharsets.UTF_8));
            return;
        }
        var o = AnalysisJson.mapper().createObjectNode().put("type", "about:blank").put("title", title)
                .put("status", status).put("detail", detail).put("instance", ctx.path());
        ctx.status(status).contentType("application/problem+json; charset=utf-8").result(o.toString());
    }

    static String resource(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    /** A resource next to this class (relative name) or anywhere on the class path (absolute name). */
    static byte[] resourceBytes(String name) {
        try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
