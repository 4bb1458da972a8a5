package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.kb.KbEntry;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.model.EntityType;

/** The shipped country shapes: tied to ISO codes, and places put in the right shape. */
class WorldMapTest {
    static final WorldMap WORLD = WorldMap.shipped();

    static KbEntry city(String name) {
        return KnowledgeBase.shipped().lookup(name).stream().map(KnowledgeBase.Name::entry)
                .filter(e -> e.type() == EntityType.LOCATION && e.lat() != null).findFirst().orElseThrow();
    }

    @Test
    void nearlyEveryShapeHasACountryCode() {
        assertThat(WORLD.shapes()).isGreaterThan(200);
        // Only the shapes without an ISO code stay unmapped (Northern Cyprus, Siachen Glacier).
        assertThat(WORLD.shapesWithCountry()).isEqualTo(WORLD.shapes() - 2);
        assertThat(WORLD.shapeOf("USA")).contains("United States");
        assertThat(WORLD.shapeOf("KOR")).contains("Korea");
        assertThat(WORLD.shapeOf("PRK")).contains("Dem. Rep. Korea");
        assertThat(WORLD.shapeOf("COD")).contains("Dem. Rep. Congo");
        assertThat(WORLD.shapeOf("COG")).contains("Congo");
        assertThat(WORLD.shapeOf("TUR")).contains("Turkey");
        assertThat(WORLD.shapeOf("XXX")).isEmpty();
    }

    @Test
    void placesGoToTheirCountrysShape() {
        for (List<String> c : List.of(List.of("Nairobi", "KEN"), List.of("Busan", "KOR"), List.of("Lyon", "FRA"))) {
            KbEntry e = city(c.get(0));
            assertThat(e.country()).isEqualTo(c.get(1));
            assertThat(WORLD.shapeOfPlace(e.name(), e.lat(), e.lon())).as(c.get(0)).isEqualTo(WORLD.shapeOf(c.get(1)));
        }
        // Not in the knowledge base: the shape containing the point decides (central Australia, the Sahel).
        assertThat(WORLD.shapeOfPlace("Nowhere Creek", -25.0, 134.0)).contains("Australia");
        assertThat(WORLD.shapeOfPlace(null, 15.0, 19.0)).contains("Chad");
        // The open ocean is in no country.
        assertThat(WORLD.shapeAt(-30.0, -140.0)).isEmpty();
        assertThat(WORLD.etag()).startsWith("\"").endsWith("\"");
    }
}
