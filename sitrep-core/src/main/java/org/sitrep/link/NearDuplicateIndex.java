package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * MinHash-LSH index of article signatures. {@link #find} proposes earlier articles sharing a band
 * with the new signature and keeps those whose estimated similarity passes the thresholds; it
 * never reads an earlier text. Thread-safe (synchronized).
 */
public final class NearDuplicateIndex {
    private final DedupConfig config;
    private final List<String> ids = new ArrayList<>();
    private final List<TextSignature> signatures = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();

    public NearDuplicateIndex(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public DedupConfig config() {
        return config;
    }

    /** Earlier articles the signature duplicates, most similar first (ties by insertion order). */
    public synchronized List<DuplicateMatch> find(TextSignature sig) {
        Set<Integer> candidates = new LinkedHashSet<>();
        for (long key : config.bandKeys(sig)) {
            List<Integer> b = buckets.get(key);
            if (b != null) {
                candidates.addAll(b);
            }
        }
        List<DuplicateMatch> out = new ArrayList<>();
        for (int c : candidates) {
            DuplicateMatch m = config.match(sig, ids.get(c), signatures.get(c));
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingDouble(DuplicateMatch::jaccard).reversed());
        return out;
    }

    /** Adds an article (replacing an earlier signature under the same id is not supported: ignored). */
    public synchronized void add(String id, TextSignature sig) {
        if (byId.containsKey(id)) {
            return;
        }
        int index = ids.size();
        ids.add(id);
        signatures.add(sig);
        byId.put(id, index);
        if (sig.shingleCount() == 0) {
            return;
        }
        for (long key : config.bandKeys(sig)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
        }
    }

    public synchronized boolean contains(String id) {
        return byId.containsKey(id);
    }

    public synchronized int size() {
        return ids.size();
    }
}
