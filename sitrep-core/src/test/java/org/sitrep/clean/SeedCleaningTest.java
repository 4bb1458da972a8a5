package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawArticle;
import org.sitrep.testing.SharedData;

/** Cleans the seed article (read from ../shared; skipped when absent) without its sidecar. */
class SeedCleaningTest {
    @Test
    void cleansTheSeedAndKeepsEveryCopiedCharacterMapped() throws Exception {
        Path seed = SharedData.seedArticle();
        RawArticle raw = new Ingest().fromBytes(seed.toString(), Files.readAllBytes(seed), ContentFormat.TEXT);
        CleanArticle a = new NewsCleaner().clean(raw, null);
        String src = raw.content();
        assertThat(a.text()).startsWith(a.headline() + "\n\n");
        for (int i = 0; i < a.text().length(); i++) {
            char c = a.text().charAt(i);
            if (!Character.isWhitespace(c)) {
                assertThat(src.charAt(a.offsets().toRaw(i))).as("char %d", i).isEqualTo(c);
            }
        }
        assertThat(a.removed()).extracting(r -> r.kind().name()).contains("DATELINE", "DUPLICATE_PARAGRAPH", "BOILERPLATE");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.publisher()).isNotNull();
        assertThat(a.text()).doesNotContain("\u00a0");
        // without metadata the date comes from the weekday rule (documented in WeekdayDateInference)
        assertThat(a.publishedBasis()).isIn(PublishedBasis.INFERRED, PublishedBasis.TEXT);
        Integer year = WeekdayDateInference.copyrightYear(src);
        assertThat(a.published().getYear()).isEqualTo(year);
        assertThat(a.published()).isBeforeOrEqualTo(LocalDate.now());
        DayOfWeek w = a.published().getDayOfWeek();
        assertThat(a.text()).contains(w.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
    }
}
