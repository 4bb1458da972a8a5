package org.sitrep.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.EntityType;

/**
 * The knowledge base Sitrep ships (countries, historical states, cities, facilities, organisations,
 * news organisations, people; see the resource files' headers for origins and selection criteria),
 * optionally extended by users' files in the same {@link KbFormat}. Loaded once, immutable,
 * thread-safe. Names are compared by {@link NameKey}; acronyms ("US", "AP") only match when
 * written in capitals.
 */
public final class KnowledgeBase {
    /** The shipped resource files, in load order. */
    static final List<String> RESOURCES = List.of("countries.tsv", "historical-states.tsv", "seats.tsv",
            "cities.tsv", "wikidata-places.tsv", "facilities.tsv", "organisations.tsv", "news-organisations.tsv", "people.tsv");

    /** How a name denotes an entry. */
    public enum NameKind { NAME, DEMONYM, METONYM }

    /** A name of an entry, as indexed. */
    public record Name(KbEntry entry, NameKind kind, String text, boolean caseSensitive) {
    }

    private final List<KbEntry> entries;
    private final Map<String, KbEntry> byId;
    private final Map<String, List<Name>> byKey;
    private final Map<String, KbEntry> countryByCode;
    private final int maxNameTokens;

    private KnowledgeBase(List<KbEntry> records) {
        Map<String, KbEntry> merged = new LinkedHashMap<>();
        for (KbEntry e : records) {
            merged.merge(e.id(), e, KbEntry::mergedWith);
        }
        this.entries = List.copyOf(merged.values());
        this.byId = Map.copyOf(merged);
        Map<String, List<Name>> index = new HashMap<>();
        Map<String, KbEntry> codes = new HashMap<>();
        int maxTokens = 1;
        for (KbEntry e : entries) {
            for (String n : e.names()) {
                maxTokens = Math.max(maxTokens, add(index, e, NameKind.NAME, n));
            }
            for (String n : e.demonyms()) {
                maxTokens = Math.max(maxTokens, add(index, e, NameKind.DEMONYM, n));
            }
            for (String n : e.metonyms()) {
                maxTokens = Math.max(maxTokens, add(index, e, NameKind.METONYM, n));
            }
            if (e.type() == EntityType.COUNTRY && e.country() != null) {
                codes.putIfAbsent(e.country(), e);
            }
        }
        Comparator<Name> order = Comparator.comparing((Name n) -> n.kind().ordinal())
                .thenComparing(n -> -n.entry().population()).thenComparing(n -> n.entry().id());
        index.replaceAll((k, v) -> v.stream().sorted(order).toList());
        this.byKey = Map.copyOf(index);
        this.countryByCode = Map.copyOf(codes);
        this.maxNameTokens = Math.min(maxTokens + 2, 12);
    }

    private static int add(Map<String, List<Name>> index, KbEntry e, NameKind kind, String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return 1;
        }
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Name(e, kind, name, NameKey.caseSensitive(name)));
        return name.split("[\\s-]+").length;
    }

    /** The shipped knowledge base, loaded on first use. */
    public static KnowledgeBase shipped() {
        return Shipped.INSTANCE;
    }

    /** The shipped knowledge base extended with users' files (same format). */
    public static KnowledgeBase load(List<Path> extraFiles) {
        if (extraFiles.isEmpty()) {
            return shipped();
        }
        List<KbEntry> all = new ArrayList<>(Shipped.INSTANCE.entries);
        for (Path p : extraFiles) {
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                all.addAll(KbFormat.read(in, p.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge-base file " + p + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(all);
    }

    /** A knowledge base of exactly these entries (tests, tools). */
    public static KnowledgeBase of(List<KbEntry> entries) {
        return new KnowledgeBase(entries);
    }

    private static final class Shipped {
        static final KnowledgeBase INSTANCE = new KnowledgeBase(readResources());

        private static List<KbEntry> readResources() {
            List<KbEntry> all = new ArrayList<>();
            for (String r : RESOURCES) {
                try (InputStream in = KnowledgeBase.class.getResourceAsStream(r)) {
                    if (in == null) {
                        throw new IllegalStateException("knowledge-base resource " + r + " is missing");
                    }
                    all.addAll(KbFormat.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), r));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return all;
        }
    }

    public List<KbEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country (or historical state) with this alpha-3 code. */
    public Optional<KbEntry> country(String alpha3) {
        return alpha3 == null ? Optional.empty() : Optional.ofNullable(countryByCode.get(alpha3));
    }

    /**
     * Every way the written text can denote an entry (names first, then demonyms, then metonyms;
     * larger places first), honouring case-sensitive acronyms.
     */
    public List<Name> lookup(String written) {
        List<Name> candidates = byKey.get(NameKey.of(written));
        if (candidates == null) {
            return List.of();
        }
        String acronym = written.replace(".", "");
        List<Name> out = new ArrayList<>(candidates.size());
        for (Name n : candidates) {
            if (!n.caseSensitive() || acronym.equals(n.text().replace(".", ""))) {
                out.add(n);
            }
        }
        return out;
    }

    /** The first name of the given kind the written text denotes, if any. */
    public Optional<Name> lookup(String written, NameKind kind) {
        for (Name n : lookup(written)) {
            if (n.kind() == kind) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /**
     * The entry a list of {@link #lookup} options most likely denotes: the first option, except
     * that among places (cities) the one in the country the article mentions most wins, then the
     * most populous.
     *
     * @param countryCounts how often the article mentions each country (alpha-3 code)
     */
    public static Optional<KbEntry> best(List<Name> options, Map<String, Integer> countryCounts) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Name first = options.get(0);
        if (first.kind() != NameKind.NAME || first.entry().type() != EntityType.LOCATION) {
            return Optional.of(first.entry());
        }
        KbEntry best = null;
        long bestScore = Long.MIN_VALUE;
        for (Name n : options) {
            if (n.kind() != NameKind.NAME || n.entry().type() != EntityType.LOCATION) {
                continue;
            }
            long context = countryCounts.getOrDefault(n.entry().country(), 0);
            long score = context * 1_000_000_000_000L + n.entry().population();
            if (score > bestScore) {
                bestScore = score;
                best = n.entry();
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when some name, demonym or metonym has this key (for scanning token sequences). */
    public boolean hasKey(String key) {
        return byKey.containsKey(key);
    }

    /** The most tokens a name can span (bounds gazetteer scans). */
    public int maxNameTokens() {
        return maxNameTokens;
    }
}
