package org.sitrep.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.EntityType;
import org.sitrep.model.SourceKind;

/**
 * One knowledge-base record: a country, historical state, city, facility, organisation, news
 * organisation or person. Optional fields are null (or empty lists) when unknown.
 *
 * @param id         Sitrep's stable id ({@code country:ZAF}, {@code geonames:2643743}, {@code org:xinhua})
 * @param aliases    other names (acronyms included); the name itself is not repeated
 * @param demonyms   adjectives and demonyms that denote the entry (countries: "South African")
 * @param metonyms   names that stand for the entry by metonymy (countries: capitals, seats of government)
 * @param country    ISO 3166-1 alpha-3 code (or a documented historical code such as SUN)
 * @param sector     CAMEO-style sector of an actor (GOV, MIL, MED, …)
 * @param role       the office of a person ("President"), or null
 * @param population for places, or 0 when unknown
 * @param wikidata   a checked Wikidata QID, or null
 */
public record KbEntry(String id, EntityType type, String name, List<String> aliases, List<String> demonyms,
                      List<String> metonyms, String country, String sector, SourceKind sourceKind, String role,
                      Double lat, Double lon, long population, String wikidata) {
    public KbEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("knowledge-base entry needs an id and a name");
        }
    }

    /** The name and the aliases. */
    public List<String> names() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /**
     * This entry completed by a later record with the same id (a user file adding aliases, or
     * correcting a field): lists are united, non-empty fields of {@code later} win.
     */
    KbEntry mergedWith(KbEntry later) {
        return new KbEntry(id, later.type, later.name, union(aliases, later.aliases, name, later.name),
                union(demonyms, later.demonyms), union(metonyms, later.metonyms),
                pick(later.country, country), pick(later.sector, sector), pick(later.sourceKind, sourceKind),
                pick(later.role, role), pick(later.lat, lat), pick(later.lon, lon),
                later.population > 0 ? later.population : population, pick(later.wikidata, wikidata));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static List<String> union(List<String> a, List<String> b, String... extra) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        for (String e : extra) {
            all.add(e);
        }
        return List.copyOf(all);
    }
}
