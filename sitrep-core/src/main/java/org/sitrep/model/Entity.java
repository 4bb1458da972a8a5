package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing mentioned in the article, with all its mentions. Optional fields are null
 * when unknown.
 *
 * @param country ISO 3166-1 alpha-3 code
 * @param kbId    Sitrep's own knowledge-base id (country:ZAF, geonames:2643743, org:xinhua)
 * @param wikidata a checked Wikidata QID
 */
public record Entity(String id, String name, EntityType type, String country, String kbId, String wikidata,
                     String sector, String actorCode, SourceKind sourceKind, List<String> roles,
                     Double lat, Double lon, List<Mention> mentions) implements java.io.Serializable {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
