package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** URL fetching: no requests to loopback, private or reserved addresses, redirects checked, sizes bounded. */
class UrlFetcherTest {
    static final String TEXT = "Harbour reopens\n\nThe port authority said on Monday that the harbour reopened after the storm.";
    static HttpServer origin;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.createContext("/article", x -> answer(x, 200, TEXT, true));
        origin.createContext("/chunked", x -> answer(x, 200, TEXT, false));
        origin.createContext("/big", x -> answer(x, 200, "x".repeat(5000), true));
        origin.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", "/article");
            answer(x, 302, "", true);
        });
        origin.createContext("/inside", x -> {
            x.getResponseHeaders().add("Location", "http://10.0.0.1/admin");
            answer(x, 302, "", true);
        });
        origin.createContext("/loop", x -> {
            x.getResponseHeaders().add("Location", "/loop");
            answer(x, 302, "", true);
        });
        origin.start();
        base = "http://127.0.0.1:" + origin.getAddress().getPort();
    }

    static void answer(com.sun.net.httpserver.HttpExchange x, int status, String body, boolean withLength) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        x.sendResponseHeaders(status, withLength ? (b.length == 0 ? -1 : b.length) : 0);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    @AfterAll
    static void stop() {
        origin.stop(0);
    }

    static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (Problem p) {
            return p.status();
        }
    }

    @Test
    void onlyPublicAddressesAreFetched() throws IOException {
        for (String a : new String[] {"127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "fd00::1", "fe80::1", "224.0.0.1", "::ffff:127.0.0.1", "240.0.0.1"}) {
            assertThat(UrlFetcher.isPublic(InetAddress.getByName(a))).as(a).isFalse();
        }
        for (String a : new String[] {"8.8.8.8", "93.184.216.34", "2001:4860:4860::8888"}) {
            assertThat(UrlFetcher.isPublic(InetAddress.getByName(a))).as(a).isTrue();
        }
        UrlFetcher fetcher = new UrlFetcher(1 << 20);
        for (String url : new String[] {base + "/article", "http://localhost:1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/"}) {
            assertThat(status(() -> fetcher.fetch(url))).as(url).isEqualTo(403);
        }
        for (String url : new String[] {"file:///etc/passwd", "ftp://example.org/a", "http://user:pw@example.org/", "jar:file:/x!/y"}) {
            assertThat(status(() -> fetcher.fetch(url))).as(url).isEqualTo(400);
        }
    }

    @Test
    void fetchesFollowsCheckedRedirectsAndBoundsSize() {
        // A policy that admits loopback only, to exercise the client against a local origin.
        UrlFetcher local = new UrlFetcher(4096, InetAddress::isLoopbackAddress);
        UrlFetcher.Fetched f = local.fetch(base + "/article");
        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(f.contentType()).startsWith("text/plain");
        assertThat(new String(local.fetch(base + "/chunked").body(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(local.fetch(base + "/moved").url()).isEqualTo(base + "/article");
        assertThat(status(() -> local.fetch(base + "/inside"))).isEqualTo(403);
        assertThat(status(() -> local.fetch(base + "/loop"))).isEqualTo(400);
        assertThat(status(() -> local.fetch(base + "/big"))).isEqualTo(413);
        assertThat(status(() -> local.fetch(base + "/nothing-here"))).isEqualTo(502);
        assertThatThrownBy(() -> local.fetch("http://127.0.0.1:1/")).isInstanceOf(Problem.class).hasMessageContaining("cannot fetch");
    }
}
