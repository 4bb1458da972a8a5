package org.sitrep.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches an article by URL for {@code ?fetch=} (only when the server was started with
 * {@code --fetch-urls}). No server-side request forgery: the host's addresses are resolved and
 * checked first (no loopback, private, link-local, shared, multicast or reserved address), and the
 * connection goes to the checked address itself, so a second DNS answer cannot redirect it;
 * redirects are followed by hand (at most 3), each checked the same way. HTTP/1.1 over a plain or
 * TLS socket (certificate and host name verified), bounded in time and size.
 */
final class UrlFetcher {
    /** The fetched document: its bytes, content type and final URL. */
    record Fetched(byte[] body, String contentType, String url) {
    }

    private static final int MAX_REDIRECTS = 3;
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int MAX_HEAD = 64 * 1024;
    private final int maxBytes;
    private final Predicate<InetAddress> allowed;

    UrlFetcher(int maxBytes) {
        this(maxBytes, UrlFetcher::isPublic);
    }

    /** With another address policy (tests fetch from a loopback server with it). */
    UrlFetcher(int maxBytes, Predicate<InetAddress> allowed) {
        this.maxBytes = maxBytes;
        this.allowed = allowed;
    }

    Fetched fetch(String url) {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            Response r = get(uri);
            if (r.status / 100 == 3 && r.location != null) {
                if (hop == MAX_REDIRECTS) {
                    throw Problem.badRequest("more than " + MAX_REDIRECTS + " redirects from " + url);
                }
                uri = parse(uri.resolve(r.location.strip()).toString());
                continue;
            }
            if (r.status != 200) {
                throw new Problem(502, "Bad gateway", uri + " answered HTTP " + r.status);
            }
            return new Fetched(r.body, r.contentType, uri.toString());
        }
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw Problem.badRequest("only http and https URLs with a host name (and no user name) are fetched: " + url);
        }
        return uri;
    }

    /** A public unicast address: not loopback, private, link-local, shared (CGNAT), multicast or reserved. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b.length == 4) {
            return b0 != 0 && !(b0 == 100 && b1 >= 64 && b1 < 128) && !(b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0)
                    && !(b0 == 198 && (b1 == 18 || b1 == 19)) && b0 < 240;
        }
        return (b0 & 0xfe) != 0xfc; // IPv6 unique local fc00::/7
    }

    private record Response(int status, String location, String contentType, byte[] body) {
    }

    private Response get(URI uri) {
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        InetAddress address = checkedAddress(uri.getHost());
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, port), TIMEOUT_MILLIS);
            plain.setSoTimeout(TIMEOUT_MILLIS);
            Socket s = plain;
            if (tls) {
                SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, uri.getHost(), port, true);
                SSLParameters p = ssl.getSSLParameters();
                p.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(p);
                ssl.startHandshake();
                s = ssl;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String request = "GET " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "\r\n"
                    + "User-Agent: Sitrep\r\nAccept: text/html, text/plain;q=0.9\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(s.getInputStream());
        } catch (IOException e) {
            throw new Problem(502, "Bad gateway", "cannot fetch " + uri + ": " + e.getMessage());
        }
    }

    private InetAddress checkedAddress(String host) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw Problem.badRequest("unknown host " + host);
        }
        for (InetAddress a : all) {
            if (!allowed.test(a)) {
                throw new Problem(403, "Forbidden", "refusing to fetch from " + host + " (" + a.getHostAddress()
                        + "): loopback, private and reserved addresses are never fetched");
            }
        }
        return all[0];
    }

    private Response read(InputStream in) throws IOException {
        String[] head = head(in).split("\r\n");
        String[] statusLine = head[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1 answer");
        }
        int status = Integer.parseInt(statusLine[1]);
        String location = null;
        String type = null;
        long length = -1;
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = head[i].substring(colon + 1).strip();
            switch (name) {
                case "location" -> location = value;
                case "content-type" -> type = value;
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> { }
            }
        }
        if (length > maxBytes) {
            throw new Problem(413, "Payload too large", "the page has " + length + " bytes; at most " + maxBytes + " are fetched");
        }
        byte[] body = status / 100 == 3 ? new byte[0] : chunked ? chunked(in) : bounded(in, length < 0 ? maxBytes + 1L : length);
        if (body.length > maxBytes) {
            throw new Problem(413, "Payload too large", "the page has more than " + maxBytes + " bytes");
        }
        return new Response(status, location, type, body);
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0 || b.size() > MAX_HEAD) {
                throw new IOException("truncated or oversized response head");
            }
            b.write(c);
            state = (c == '\r' && state % 2 == 0) || (c == '\n' && state % 2 == 1) ? state + 1 : c == '\r' ? 1 : 0;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semi = size.indexOf(';');
            long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            if (out.size() + n > maxBytes) {
                return new byte[maxBytes + 1];
            }
            out.write(bounded(in, n));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || b.length() > 1024) {
                throw new IOException("bad chunk");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    private static byte[] bounded(InputStream in, long n) throws IOException {
        return in.readNBytes((int) Math.min(n, Integer.MAX_VALUE - 8));
    }
}
