package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventIdentityIndexTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 5);
    private static final String KEY = "ASSAULT|country:ALD|country:BOR";

    @Test
    void reportsOfOneEventCountTheirIndependentSources() {
        EventIdentityIndex index = new EventIdentityIndex(3);
        String c1 = index.add(new EventMention("a", "v1", KEY, DAY, "publisher:gazette", false));
        String c2 = index.add(new EventMention("b", "v1", KEY, DAY.plusDays(2), "wire:reuters", false));
        String c3 = index.add(new EventMention("c", "v2", KEY, DAY.plusDays(1), "wire:reuters", false));
        assertThat(c2).isEqualTo(c1);
        assertThat(c3).isEqualTo(c1);
        EventCluster cluster = index.cluster(c1);
        assertThat(cluster.independentSources()).isEqualTo(2);
        assertThat(cluster.articles()).isEqualTo(3);
        assertThat(cluster.contradicted()).isFalse();
    }

    @Test
    void aDenialContradictsAndOtherDaysOrKeysAreOtherEvents() {
        EventIdentityIndex index = new EventIdentityIndex(3);
        String c1 = index.add(new EventMention("a", "v1", KEY, DAY, "publisher:gazette", false));
        index.add(new EventMention("d", "v1", KEY, DAY, "publisher:herald", true));
        assertThat(index.cluster(c1).contradicted()).isTrue();
        assertThat(index.cluster(c1).independentSources()).isEqualTo(1);
        assertThat(index.add(new EventMention("e", "v1", KEY, DAY.plusDays(30), "publisher:gazette", false))).isNotEqualTo(c1);
        assertThat(index.add(new EventMention("f", "v1", "ASSAULT|country:BOR|country:ALD", DAY, "x", false))).isNotEqualTo(c1);
        assertThat(index.add(new EventMention("g", "v1", "", DAY, "x", false)))
                .isNotEqualTo(index.add(new EventMention("h", "v1", "", DAY, "x", false)));
    }
}
