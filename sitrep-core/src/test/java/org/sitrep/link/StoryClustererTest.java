package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private final StoryConfig config = StoryConfig.DEFAULT;

    private StoryFeatures text(String t, LocalDate day) {
        return StoryFeatures.ofText(t, day, config);
    }

    private static final String QUAKE_1 = "A strong earthquake struck Velmora province on Sunday, killing at least twelve"
            + " people. Rescue teams in Velmora searched collapsed houses in the town of Ostrin, the governor said.";
    private static final String QUAKE_2 = "Rescuers in Ostrin pulled survivors from rubble after the Velmora earthquake."
            + " The death toll in Velmora province rose to fifteen, officials in Ostrin said on Monday.";
    private static final String ELECTION = "Voters in Caldera chose a new parliament on Sunday. The Caldera Liberal Party"
            + " of Minister Amira Tessel claimed victory as counting continued in the capital, Portvale.";

    @Test
    void articlesAboutTheSameHappeningShareAStoryAndOthersDoNot() {
        StoryClusterer c = new StoryClusterer(config);
        LocalDate day = LocalDate.of(2024, 5, 5);
        String a = c.add(text(QUAKE_1, day));
        String e = c.add(text(ELECTION, day));
        String b = c.add(text(QUAKE_2, day.plusDays(1)));
        assertThat(b).isEqualTo(a);
        assertThat(e).isNotEqualTo(a);
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.span(a).articles()).isEqualTo(2);
        assertThat(c.label(a, 3)).contains("velmora");
    }

    @Test
    void theTimeWindowSeparatesRecurringHappenings() {
        StoryClusterer c = new StoryClusterer(config);
        String a = c.add(text(QUAKE_1, LocalDate.of(2024, 5, 5)));
        String later = c.add(text(QUAKE_2, LocalDate.of(2025, 1, 10)));
        assertThat(later).isNotEqualTo(a);
    }

    @Test
    void aRestoredClustererKeepsNumberingAndMembership() {
        StoryClusterer c = new StoryClusterer(config);
        LocalDate day = LocalDate.of(2024, 5, 5);
        c.restore("s7", text(QUAKE_1, day));
        assertThat(c.add(text(QUAKE_2, day))).isEqualTo("s7");
        assertThat(c.add(text(ELECTION, day))).isEqualTo("s8");
    }
}
