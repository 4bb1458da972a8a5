package org.sitrep.server;

import java.util.concurrent.ConcurrentHashMap;

/** A fixed-window request limit per client address (one-minute windows). */
final class RateLimiter {
    private final int perMinute;
    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Counts a request; false when the client is over its limit in the current minute. */
    boolean allow(String client, long nowMillis) {
        long minute = nowMillis / 60_000;
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] != minute);
        }
        long[] w = windows.compute(client, (k, v) -> {
            if (v == null || v[0] != minute) {
                return new long[] {minute, 1};
            }
            v[1]++;
            return v;
        });
        return w[1] <= perMinute;
    }
}
