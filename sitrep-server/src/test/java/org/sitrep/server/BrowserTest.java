package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.store.Store;
import org.sitrep.store.Stores;

/**
 * The web UI in Debian's Chromium driven by Playwright: the seed article's page (highlighted
 * entities, the attribution chain of its first expected event), an entity's timeline and network,
 * the map. Screenshots go to target/screenshots. Skipped without chromium or without ../shared.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static Store store;
    static SitrepServer server;
    static Playwright playwright;
    static Browser browser;
    static Path seedDir;
    static JsonNode expected;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed at /usr/bin/chromium (apt-get install -y chromium; .ci/run does it): browser tests skipped");
        seedDir = Path.of(System.getProperty("sitrep.shared", "../../shared"), "examples", "seed");
        assumeTrue(Files.isDirectory(seedDir), "the shared seed article is absent (" + seedDir + "): browser tests skipped");
        expected = Api.parse(Files.readString(seedDir.resolve("kim-russia-jet-plant.expected.json")));
        JsonNode meta = Api.parse(Files.readString(seedDir.resolve("kim-russia-jet-plant.meta.json")));
        store = Stores.open(dir.resolve("store").toString(), false);
        server = SitrepServer.start(store, EngineLoader.ready(SharedCoreNlp.sitrep()), ServerConfig.local(0));
        HttpResponse<String> r = Http.post(server.url() + "/api/ingest?id=seed&published=" + meta.path("published").asText()
                + "&publisher=" + ServerApiTest.enc(meta.path("publisher").asText()), "text/plain",
                Files.readString(seedDir.resolve("kim-russia-jet-plant.txt"), StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** Painted (non-transparent) pixels of the first canvas inside an element. */
    static int paintedPixels(Page page, String selector) {
        page.waitForSelector(selector + " canvas");
        Object n = page.evaluate("sel => { const c = document.querySelector(sel + ' canvas'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) n++; }"
                + " return n; }", selector);
        return ((Number) n).intValue();
    }

    @Test
    void articlePageShowsHighlightsAndTheAttributionChain() throws IOException {
        try (Page page = browser.newPage()) {
            StringBuilder timing = new StringBuilder();
            for (String run : new String[] {"first", "second", "third"}) {
                long t0 = System.nanoTime();
                page.navigate(server.url() + "/articles/seed");
                long loadMillis = (System.nanoTime() - t0) / 1_000_000;
                Object navTiming = page.evaluate("() => { const e = performance.getEntriesByType('navigation')[0]; return e ? e.loadEventEnd : -1; }");
                timing.append(String.format(Locale.ROOT, "article page load (%s): %d ms wall (navigate until load), %s ms navigation loadEventEnd%n",
                        run, loadMillis, navTiming));
            }
            System.out.print(timing);
            Files.writeString(Path.of("target", "browser-timings.txt"), timing.toString());

            assertThat(page.locator(".ent").count()).isPositive();
            List<String> highlighted = page.locator(".ent").allTextContents();
            for (JsonNode e : expected.path("entities")) {
                if (e.path("core").asBoolean() && "PERSON".equals(e.path("type").asText())) {
                    String name = e.path("name").asText();
                    assertThat(highlighted.stream().anyMatch(h -> name.toLowerCase(Locale.ROOT).contains(h.toLowerCase(Locale.ROOT).strip())
                            && !h.isBlank())).as("a highlighted piece of " + name).isTrue();
                }
            }
            JsonNode ev = expected.path("events").get(0);
            String trigger = ev.path("trigger_in").get(0).asText();
            Locator triggers = page.locator("#article-text .ev").filter(new Locator.FilterOptions().setHasText(trigger));
            assertThat(triggers.count()).as("a highlighted event trigger '" + trigger + "'").isPositive();
            List<String> chains = new ArrayList<>();
            for (int i = 0; i < triggers.count(); i++) {
                Locator t = triggers.nth(i);
                String id = t.getAttribute("data-event");
                t.click();
                Locator detail = page.locator("#detail-" + id);
                assertThat(detail.isVisible()).isTrue();
                chains.add(detail.locator(".chain").textContent());
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("article.png")).setFullPage(true));
            String source = ev.path("source").asText().toLowerCase(Locale.ROOT);
            assertThat(chains).as("attribution chains of the '" + trigger + "' event").anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(source)
                    && c.contains(" ← "));
        }
    }

    @Test
    void entityTimelineAndNetworkRender() {
        String actor = expected.path("events").get(0).path("actor").asText();
        try (Page page = browser.newPage()) {
            page.navigate(server.url() + "/entities/" + Html.url(actor));
            assertThat(paintedPixels(page, "#timeline")).isPositive();
            assertThat(paintedPixels(page, "#network")).isPositive();
            assertThat(page.locator("table.events tbody tr").count()).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("entity.png")).setFullPage(true));
        }
    }

    /**
     * What the map draws, read from ECharts and from the canvas: the registered shapes, the shaded
     * countries and places of the option, the colour at a land and an ocean point (central
     * Australia, the South Pacific) and how many pixels have the colour of the most-shaded country.
     */
    static final String MAP_PROBE = """
            () => {
              const el = document.getElementById('map');
              const chart = echarts.getInstanceByDom(el);
              const option = chart.getOption();
              const canvas = el.querySelector('canvas');
              const ctx = canvas.getContext('2d');
              const ratio = canvas.width / el.clientWidth;
              const rgba = lonLat => {
                const p = chart.convertToPixel({geoIndex: 0}, lonLat);
                return Array.from(ctx.getImageData(Math.round(p[0] * ratio), Math.round(p[1] * ratio), 1, 1).data);
              };
              const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
              let shaded = 0;
              for (let i = 0; i < d.length; i += 4) {
                if (Math.abs(d[i] - 0xb9) < 8 && Math.abs(d[i + 1] - 0x1c) < 8 && Math.abs(d[i + 2] - 0x1c) < 8 && d[i + 3] > 200) shaded++;
              }
              return {map: option.geo[0].map, shapes: echarts.getMap('world').geoJSON.features.length,
                regions: option.series[0].data.map(r => r.name), places: option.series[1].data.length,
                land: rgba([134, -25]), ocean: rgba([-140, -30]), shaded: shaded};
            }""";

    @Test
    @SuppressWarnings("unchecked")
    void mapShowsCountryShapesAndThePlaces() {
        try (Page page = browser.newPage()) {
            page.navigate(server.url() + "/map");
            page.waitForSelector("#map[data-ready=true]");
            Map<String, Object> probe = (Map<String, Object>) page.evaluate(MAP_PROBE);
            System.out.println("map: " + probe);
            List<String> places = page.locator(".places li").allTextContents();
            System.out.println("places on the map: " + places);
            assertThat(places).isNotEmpty();
            assertThat(probe.get("map")).isEqualTo("world");
            assertThat(((Number) probe.get("shapes")).intValue()).isGreaterThan(200);
            assertThat(((Number) probe.get("places")).intValue()).isEqualTo(places.size());
            // Land is painted (grey or shaded), the ocean is left blank.
            assertThat(((List<Number>) probe.get("land")).get(3).intValue()).isEqualTo(255);
            assertThat(((List<Number>) probe.get("ocean")).get(3).intValue()).isZero();
            // The countries of the places are shaded, the most eventful one in the darkest colour over a real area.
            List<String> regions = (List<String>) probe.get("regions");
            assertThat(regions).isNotEmpty();
            assertThat(places).anyMatch(p -> regions.stream().anyMatch(r -> p.endsWith(" · " + r)));
            assertThat(((Number) probe.get("shaded")).intValue()).isGreaterThan(100);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("map.png")).setFullPage(true));
        }
    }

    @Test
    void eventsTableFiltersAndOffersCsv() {
        try (Page page = browser.newPage()) {
            page.navigate(server.url() + "/events");
            int all = page.locator("table.events tbody tr").count();
            assertThat(all).isPositive();
            String type = page.locator("table.events tbody tr td .type").first().textContent();
            page.fill("input[name=type]", type);
            page.click("form.filters button[type=submit]");
            page.waitForURL("**type=" + type + "**");
            page.waitForSelector("#event-results");
            List<String> types = page.locator("table.events tbody tr td .type").allTextContents();
            assertThat(types).isNotEmpty().allMatch(type::equals);
            assertThat(page.locator("a.csv").getAttribute("href")).contains("type=" + type, "format=csv");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("events.png")).setFullPage(true));
        }
    }

    @Test
    void analysePageShowsTheSameView() {
        try (Page page = browser.newPage()) {
            page.navigate(server.url() + "/analyse");
            page.fill("textarea[name=text]", ServerApiTest.HOSTILE);
            page.fill("input[name=published]", "2024-03-04");
            page.click("button[type=submit]");
            page.waitForSelector("#article-text");
            assertThat(page.locator("#article-text").textContent()).contains("<script>alert('xss')</script>");
            assertThat(page.locator("#article-text script").count()).isZero();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("analyse.png")).setFullPage(true));
        }
    }
}
