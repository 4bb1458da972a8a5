package org.sitrep.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cross-article identity of events: reports with the same key (type, actors, targets) whose days
 * are within a window are one event. Keeps per event the reports' source keys, so corroboration
 * (independent sources) and contradiction (asserted by some, denied by others) update
 * incrementally. Thread-safe (synchronized).
 */
public final class EventIdentityIndex {
    private final int windowDays;
    private final Map<String, List<Cluster>> byKey = new HashMap<>();
    private final Map<String, Cluster> byId = new HashMap<>();
    private int nextId = 1;

    public EventIdentityIndex(int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays < 0");
        }
        this.windowDays = windowDays;
    }

    /** Adds a report; returns the id of the event it belongs to (existing or new). */
    public synchronized String add(EventMention m) {
        Cluster c = find(m);
        if (c == null) {
            c = new Cluster("c" + nextId++, m.key());
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(c);
            byId.put(c.id, c);
        }
        c.add(m);
        return c.id;
    }

    /** Puts a report back under a known event id (when rebuilt from a store). */
    public synchronized void restore(String clusterId, EventMention m) {
        Cluster c = byId.get(clusterId);
        if (c == null) {
            c = new Cluster(clusterId, m.key());
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(c);
            byId.put(clusterId, c);
            if (clusterId.startsWith("c")) {
                try {
                    nextId = Math.max(nextId, Integer.parseInt(clusterId.substring(1)) + 1);
                } catch (NumberFormatException ignored) {
                    // a foreign id
                }
            }
        }
        c.add(m);
    }

    public synchronized EventCluster cluster(String id) {
        Cluster c = Objects.requireNonNull(byId.get(id), () -> "no event " + id);
        return c.summary();
    }

    private Cluster find(EventMention m) {
        List<Cluster> same = byKey.get(m.key());
        if (same == null || m.key().isEmpty()) {
            return null;
        }
        for (Cluster c : same) {
            if (c.fits(m.day(), windowDays)) {
                return c;
            }
        }
        return null;
    }

    private static final class Cluster {
        final String id;
        final String key;
        final Set<String> assertingSources = new HashSet<>();
        final Set<String> articles = new HashSet<>();
        LocalDate first;
        LocalDate last;
        boolean undated;
        int asserting;
        int denying;

        Cluster(String id, String key) {
            this.id = id;
            this.key = key;
        }

        void add(EventMention m) {
            articles.add(m.articleId());
            if (m.denied()) {
                denying++;
            } else {
                asserting++;
                assertingSources.add(m.sourceKey());
            }
            if (m.day() == null) {
                undated = true;
            } else {
                first = first == null || m.day().isBefore(first) ? m.day() : first;
                last = last == null || m.day().isAfter(last) ? m.day() : last;
            }
        }

        boolean fits(LocalDate day, int window) {
            if (day == null || first == null) {
                return day == null && undated;
            }
            return Math.abs(ChronoUnit.DAYS.between(first, day)) <= window
                    || Math.abs(ChronoUnit.DAYS.between(last, day)) <= window;
        }

        EventCluster summary() {
            return new EventCluster(id, assertingSources.size(), articles.size(), asserting > 0 && denying > 0);
        }
    }
}
