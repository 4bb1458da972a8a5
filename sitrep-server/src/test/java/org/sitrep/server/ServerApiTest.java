package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.store.Store;
import org.sitrep.store.Stores;

/** The REST API on a real server (random port, temporary DuckDB store), responses checked against /openapi.json. */
class ServerApiTest {
    static final String FIRST = "Kenya hosts Ethiopia for border talks\n\n"
            + "NAIROBI (Example Wire) - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday"
            + " to discuss security along their shared border, Reuters reported.\n\n"
            + "Ethiopia's foreign ministry said the two leaders agreed to set up a joint commission.";
    static final String HOSTILE = "Breaking <script>alert('xss')</script> news\n\n"
            + "Officials in Paris said on Monday that <img src=x onerror=alert(1)> protesters marched to the ministry.";

    @TempDir
    static Path dir;
    static Store store;
    static SitrepServer server;
    static String base;
    static final OpenApiValidator OPENAPI = new OpenApiValidator();
    static String firstId;

    @BeforeAll
    static void start() {
        store = Stores.open(dir.resolve("store").toString(), false);
        server = SitrepServer.start(store, EngineLoader.ready(SharedCoreNlp.sitrep()), ServerConfig.local(0));
        base = server.url();
        HttpResponse<String> r = Http.post(base + "/api/ingest?published=2024-03-05&publisher=Example%20Wire&id=first",
                "text/plain", FIRST);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertValid("/api/ingest", "post", r);
        firstId = Api.parse(r.body()).path("articleId").asText();
        HttpResponse<String> h = Http.post(base + "/api/ingest?published=2024-03-04&id=hostile", "text/plain", HOSTILE);
        assertThat(h.statusCode()).as(h.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static void assertValid(String path, String method, HttpResponse<String> r) {
        assertThat(OPENAPI.validate(path, method, r.statusCode(), Http.contentType(r), r.body())).as(method + " " + path).isEmpty();
    }

    /** GET a path: 200, valid against the document's operation, parsed. */
    static JsonNode getValid(String path, String operation) {
        HttpResponse<String> r = Http.get(base + path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertValid(operation, "get", r);
        return Api.parse(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void healthAnswersReady() {
        HttpResponse<String> r = Http.get(base + "/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertValid("/api/health", "get", r);
        assertThat(Api.parse(r.body()).path("status").asText()).isEqualTo("ready");
    }

    @Test
    void analyzeReturnsTheAnalysisWithoutStoringIt() {
        long before = store.stats().articles();
        HttpResponse<String> r = Http.post(base + "/api/analyze?published=2024-03-06&id=transient", "text/plain", FIRST);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertValid("/api/analyze", "post", r);
        JsonNode a = Api.parse(r.body());
        assertThat(a.path("entities").size()).isPositive();
        assertThat(a.path("events").size()).isPositive();
        assertThat(store.has("transient")).isFalse();
        assertThat(store.stats().articles()).isEqualTo(before);
    }

    @Test
    void articleWithItsCorpusLinks() {
        HttpResponse<String> r = Http.get(base + "/api/articles/" + enc(firstId));
        assertThat(r.statusCode()).isEqualTo(200);
        assertValid("/api/articles/{id}", "get", r);
        assertThat(Api.parse(r.body()).path("corpus").isObject()).isTrue();
        HttpResponse<String> list = Http.get(base + "/api/articles");
        assertValid("/api/articles", "get", list);
        assertThat(list.body()).contains("\"first\"", "\"hostile\"");
    }

    @Test
    void articlesComePageByPage() {
        JsonNode page = getValid("/api/articles?limit=1", "/api/articles");
        long total = page.path("total").asLong();
        assertThat(total).isEqualTo(store.stats().articles()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("articles").size()).isEqualTo(1);
        String firstOnPage = page.path("articles").get(0).path("id").asText();
        HttpResponse<String> second = Http.get(base + page.path("next").asText());
        assertValid("/api/articles", "get", second);
        JsonNode next = Api.parse(second.body());
        assertThat(next.path("offset").asInt()).isEqualTo(1);
        assertThat(next.path("articles").get(0).path("id").asText()).isNotEqualTo(firstOnPage);
        JsonNode past = Api.parse(Http.get(base + "/api/articles?offset=" + total).body());
        assertThat(past.path("articles").size()).isZero();
        assertThat(past.path("next").isNull()).isTrue();
        assertThat(Api.parse(Http.get(base + "/api/articles?limit=100000").body()).path("limit").asInt())
                .isEqualTo(Api.MAX_ARTICLES_PAGE);
        HttpResponse<String> bad = Http.get(base + "/api/articles?offset=-1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertValid("/api/articles", "get", bad);
        assertThat(Api.parse(bad.body()).path("detail").asText()).contains("offset");
    }

    @Test
    void eventsWithTheFiltersOfTheQueryCommand() {
        JsonNode rows = getValid("/api/events", "/api/events");
        assertThat(rows.size()).isPositive();
        String type = rows.get(0).path("type").asText();
        HttpResponse<String> typed = Http.get(base + "/api/events?type=" + enc(type) + "&from=2024-01-01&to=2024-12-31");
        assertValid("/api/events", "get", typed);
        Api.parse(typed.body()).forEach(e -> assertThat(e.path("type").asText()).isEqualTo(type));
        assertThat(Api.parse(Http.get(base + "/api/events?from=2030-01-01").body()).size()).isZero();
        HttpResponse<String> csv = Http.get(base + "/api/events?format=csv");
        assertThat(Http.contentType(csv)).isEqualTo("text/csv");
        assertThat(csv.body()).startsWith("GLOBALEVENTID,SQLDATE,");
        assertThat(csv.body().lines().count()).isEqualTo(rows.size() + 1L);
    }

    @Test
    void timelineNetworkStoryAndSearch() {
        JsonNode rows = Api.parse(Http.get(base + "/api/events").body());
        JsonNode withActor = null;
        for (JsonNode e : rows) {
            if (e.path("actor1").path("name").isTextual()) {
                withActor = e;
                break;
            }
        }
        assertThat(withActor).as("an event with a named actor").isNotNull();
        String actor = withActor.path("actor1").path("name").asText();
        HttpResponse<String> t = Http.get(base + "/api/entities/" + enc(actor) + "/timeline");
        assertThat(t.statusCode()).isEqualTo(200);
        assertValid("/api/entities/{name}/timeline", "get", t);
        assertThat(Api.parse(t.body()).path("counts").size()).isPositive();
        HttpResponse<String> n = Http.get(base + "/api/entities/" + enc(actor) + "/network");
        assertValid("/api/entities/{name}/network", "get", n);
        String story = withActor.path("story").asText(null);
        if (story != null) {
            HttpResponse<String> s = Http.get(base + "/api/stories/" + enc(story));
            assertThat(s.statusCode()).isEqualTo(200);
            assertValid("/api/stories/{id}", "get", s);
        }
        HttpResponse<String> q = Http.get(base + "/api/search?q=border");
        assertValid("/api/search", "get", q);
        assertThat(q.body()).contains("\"first\"");
    }

    @Test
    void errorsAreProblemDocuments() throws IOException {
        HttpResponse<String> missing = Http.get(base + "/api/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(missing)).isEqualTo("application/problem+json");
        assertValid("/api/articles/{id}", "get", missing);
        HttpResponse<String> badDate = Http.get(base + "/api/events?from=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertValid("/api/events", "get", badDate);
        assertThat(Api.parse(badDate.body()).path("detail").asText()).contains("from", "YYYY-MM-DD");
        HttpResponse<String> noQ = Http.get(base + "/api/search");
        assertThat(noQ.statusCode()).isEqualTo(400);
        assertValid("/api/search", "get", noQ);
        HttpResponse<String> empty = Http.post(base + "/api/analyze", "text/plain", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        // Refused on the Content-Length alone, before any of the body is read.
        List<String> huge = rawExchange(server.port(), "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + (ServerConfig.DEFAULT_MAX_BODY + 1) + "\r\nConnection: close\r\n\r\n");
        assertThat(huge.get(0)).contains(" 413 ");
        assertThat(huge).anyMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("content-type: application/problem+json"));
        // Without a Content-Length (chunked), the body is read only up to the limit.
        String chunk = "word ".repeat(ServerConfig.DEFAULT_MAX_BODY / 5 + 10);
        List<String> chunked = rawExchange(server.port(), "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(chunk.length()) + "\r\n" + chunk
                + "\r\n0\r\n\r\n");
        assertThat(chunked.get(0)).contains(" 413 ");
        HttpResponse<String> unknown = Http.get(base + "/api/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(unknown)).isEqualTo("application/problem+json");
    }

    @Test
    void openApiDocumentAndDocsPage() {
        HttpResponse<String> r = Http.get(base + "/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = Api.parse(r.body());
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.path("paths").has("/api/events")).isTrue();
        assertThat(Http.get(base + "/docs").body()).contains("/api/events", "/openapi.json");
    }

    @Test
    void hostileArticleTextIsEscapedInPages() {
        HttpResponse<String> page = Http.get(base + "/articles/hostile");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        HttpResponse<String> analysed = Http.post(base + "/analyse", "application/x-www-form-urlencoded",
                "published=2024-03-04&text=" + enc(HOSTILE));
        assertThat(analysed.statusCode()).isEqualTo(200);
        assertThat(analysed.body()).doesNotContain("<script>alert", "<img src=x");
        HttpResponse<String> search = Http.get(base + "/?q=" + enc("<script>alert(1)</script>"));
        assertThat(search.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void pagesRender() {
        assertThat(Http.get(base + "/").body()).contains("first");
        assertThat(Http.get(base + "/events?limit=5").body()).contains("Download CSV");
        assertThat(Http.get(base + "/map").statusCode()).isEqualTo(200);
        assertThat(Http.get(base + "/analyse").body()).contains("<textarea");
        String story = Api.parse(Http.get(base + "/api/articles/first").body()).path("corpus").path("story").asText();
        HttpResponse<String> page = Http.get(base + "/stories/" + enc(story));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Reported by", "Kenya hosts Ethiopia", "data-chart=\"network\"");
    }

    @Test
    void noPathTraversalOutOfStaticFolders() {
        for (String p : new String[] {"/static/../openapi.json", "/static/%2e%2e/openapi.json", "/static/..%2f..%2fserver%2fApi.class",
            "/webjars/..%2f..%2f..%2fMETA-INF%2fMANIFEST.MF", "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"}) {
            HttpResponse<String> r = Http.get(base + p);
            assertThat(r.body()).as(p).doesNotContain("root:", "Manifest-Version", "\"openapi\"");
        }
        assertThat(Http.get(base + "/static/app.js").statusCode()).isEqualTo(200);
        assertThat(Http.get(base + "/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void countryShapesAreServedCachedAndAlone() {
        HttpResponse<String> r = Http.get(base + "/geo/world.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.contentType(r)).isEqualTo("application/geo+json");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("max-age=");
        JsonNode geo = Api.parse(r.body());
        assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.path("features").size()).isGreaterThan(200);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(Http.get(base + "/geo/world.json", "If-None-Match", etag).statusCode()).isEqualTo(304);
        // Only the shapes are taken from the echarts 4 WebJar: nothing of it is served under /webjars.
        assertThat(Http.get(base + "/webjars/echarts/4.1.0/map/json/world.json").statusCode()).isEqualTo(404);
        assertThat(Http.get(base + "/webjars/echarts/4.1.0/dist/echarts.min.js").statusCode()).isEqualTo(404);

        boolean placed = false;
        for (JsonNode e : Api.parse(Http.get(base + "/api/events").body())) {
            placed |= e.path("lat").isNumber();
        }
        String page = Http.get(base + "/map").body();
        assertThat(page).contains("data-shapes=\"/geo/world.json\"", "id=\"regions-data\"");
        if (placed) {
            assertThat(page).doesNotContain("id=\"regions-data\">[]");
        }
    }

    @Test
    void otherHostsAndCrossSiteWritesAreRefused() throws IOException {
        // DNS rebinding: without a token the server answers only requests for a loopback host name.
        assertThat(statusForHost(server.port(), "rebound.example:" + server.port())).isEqualTo(403);
        assertThat(statusForHost(server.port(), "localhost:" + server.port())).isEqualTo(200);
        assertThat(statusForHost(server.port(), "[::1]:" + server.port())).isEqualTo(200);
        // Cross-site request forgery: writes from another site are refused, from this one accepted.
        HttpResponse<String> forged = Http.post(base + "/api/ingest?id=forged", "text/plain", FIRST, "Origin", "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertValid("/api/ingest", "post", forged);
        assertThat(Http.post(base + "/api/ingest?id=forged", "text/plain", FIRST, "Sec-Fetch-Site", "cross-site").statusCode())
                .isEqualTo(403);
        assertThat(Http.post(base + "/api/analyze", "text/plain", FIRST, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(store.has("forged")).isFalse();
        // From the server's own pages the same request passes this check (and fails on its empty body).
        assertThat(Http.post(base + "/api/analyze", "text/plain", "", "Origin", base).statusCode()).isEqualTo(400);
        assertThat(Http.post(base + "/api/analyze", "text/plain", "", "Sec-Fetch-Site", "same-origin", "Origin", "null").statusCode())
                .isEqualTo(400);
    }

    /** The status of GET /api/health sent with this Host header (which java.net.http does not let one set). */
    static int statusForHost(int port, String host) throws IOException {
        String status = rawExchange(port, "GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").get(0);
        return Integer.parseInt(status.split(" ")[1]);
    }

    /** Sends a request as written; the status line and headers of the answer. */
    static List<String> rawExchange(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new java.util.ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
    }

    @Test
    void urlFetchingIsOffByDefaultAndNeverReachesPrivateAddresses() {
        HttpResponse<String> off = Http.post(base + "/api/analyze?fetch=" + enc("https://example.org/news"), "text/plain", "");
        assertThat(off.statusCode()).isEqualTo(403);
        assertValid("/api/analyze", "post", off);
        assertThat(Api.parse(off.body()).path("detail").asText()).contains("--fetch-urls");
        try (SitrepServer s = SitrepServer.start(store, EngineLoader.ready(SharedCoreNlp.sitrep()),
                ServerConfig.local(0).withUrlFetching(true))) {
            // The server itself, a cloud metadata address and a private one: all refused before any connection.
            for (String url : new String[] {s.url() + "/api/health", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"}) {
                HttpResponse<String> r = Http.post(s.url() + "/api/ingest?fetch=" + enc(url), "text/plain", "");
                assertThat(r.statusCode()).as(url).isEqualTo(403);
                assertValid("/api/ingest", "post", r);
            }
            assertThat(Http.post(s.url() + "/api/analyze?fetch=" + enc("file:///etc/passwd"), "text/plain", "").statusCode())
                    .isEqualTo(400);
        }
    }

    @Test
    void browsersGetErrorPages() {
        HttpResponse<String> r = Http.get(base + "/articles/%3Cb%3Enope", "Accept", "text/html,application/xhtml+xml");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.contentType(r)).isEqualTo("text/html");
        assertThat(r.body()).contains("no article with id &#39;&lt;b&gt;nope&#39;").doesNotContain("<b>nope");
        assertThat(Http.contentType(Http.get(base + "/api/articles/nope", "Accept", "text/html"))).isEqualTo("application/problem+json");
        HttpResponse<String> missing = Http.get(base + "/no/such/page", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found", "/no/such/page");
    }

    @Test
    void warmingUpUntilTheEngineIsLoaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        EngineLoader loader = EngineLoader.start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SharedCoreNlp.sitrep();
        });
        try (SitrepServer s = SitrepServer.start(store, loader, ServerConfig.local(0))) {
            assertThat(Api.parse(Http.get(s.url() + "/api/health").body()).path("status").asText()).isEqualTo("warming-up");
            HttpResponse<String> busy = Http.post(s.url() + "/api/analyze", "text/plain", FIRST);
            assertThat(busy.statusCode()).isEqualTo(503);
            assertValid("/api/analyze", "post", busy);
            release.countDown();
            for (int i = 0; i < 100 && loader.state() != EngineLoader.State.READY; i++) {
                Thread.sleep(20);
            }
            assertThat(Api.parse(Http.get(s.url() + "/api/health").body()).path("status").asText()).isEqualTo("ready");
        }
    }

    @Test
    void tokenAndRateLimit() {
        assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 0, null, 1000, 10)).hasMessageContaining("--token");
        try (SitrepServer s = SitrepServer.start(store, EngineLoader.ready(SharedCoreNlp.sitrep()),
                ServerConfig.local(0).withToken("s3cret").withRate(5))) {
            HttpResponse<String> denied = Http.get(s.url() + "/api/health");
            assertThat(denied.statusCode()).isEqualTo(401);
            assertThat(Http.contentType(denied)).isEqualTo("application/problem+json");
            assertThat(Http.get(s.url() + "/api/health", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(Http.get(s.url() + "/api/health", "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
            int last = 0;
            for (int i = 0; i < 5; i++) {
                last = Http.get(s.url() + "/api/health", "Authorization", "Bearer s3cret").statusCode();
            }
            assertThat(last).isEqualTo(429);
        }
    }
}
