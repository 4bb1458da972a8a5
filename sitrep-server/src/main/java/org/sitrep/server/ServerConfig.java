package org.sitrep.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens and what it accepts.
 *
 * @param host              the address to bind (loopback by default)
 * @param port              the port (0 picks a free one)
 * @param token             the bearer token every request must carry, or null (allowed only on loopback)
 * @param maxBodyBytes      the largest request body accepted
 * @param requestsPerMinute per client address, then 429
 * @param fetchUrls         whether {@code ?fetch=URL} may make the server fetch an article (off by default;
 *                          public addresses only)
 */
public record ServerConfig(String host, int port, String token, int maxBodyBytes, int requestsPerMinute, boolean fetchUrls) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_MAX_BODY = 1 << 20;
    public static final int DEFAULT_RATE = 600;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (maxBodyBytes < 1 || requestsPerMinute < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("binding " + host + " (not loopback) requires --token: every request must then carry 'Authorization: Bearer TOKEN'");
        }
    }

    /** Without URL fetching. */
    public ServerConfig(String host, int port, String token, int maxBodyBytes, int requestsPerMinute) {
        this(host, port, token, maxBodyBytes, requestsPerMinute, false);
    }

    public static ServerConfig local(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_BODY, DEFAULT_RATE);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, t, maxBodyBytes, requestsPerMinute, fetchUrls);
    }

    public ServerConfig withRate(int perMinute) {
        return new ServerConfig(host, port, token, maxBodyBytes, perMinute, fetchUrls);
    }

    public ServerConfig withUrlFetching(boolean on) {
        return new ServerConfig(host, port, token, maxBodyBytes, requestsPerMinute, on);
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equals("localhost")) {
            return true;
        }
        try {
            // Only literal addresses are checked: no name lookup happens here.
            return host.matches("[0-9.]+|[0-9a-fA-F:]+") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
