package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.link.ArticleLinks;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventMention;
import org.sitrep.link.StoryFeatures;
import org.sitrep.link.TextSignature;
import org.sitrep.model.Analysis;
import org.sitrep.model.RawArticle;
import org.sitrep.store.rows.TableRows;

/** Rows made before linking and relinked equal rows made with the linking decisions. */
class TableRowsRelinkTest {
    private static final EventCluster CLUSTER = new EventCluster("", 0, 0, false);

    @Test
    void relinkedRowsEqualRowsMadeWithTheirLinks() {
        RawArticle raw = Fixtures.raw("lima-talks", "Peru and Chile signed a fisheries accord in Lima on Tuesday.", "Andes Wire",
                LocalDate.of(2021, 3, 2));
        Analysis a = Fixtures.analysis(raw, "AGREE", false, "Peru", "Chile");
        TextSignature sig = new TextSignature(new int[] {3, 1, 4}, 3);
        StoryFeatures features = new StoryFeatures(new java.util.TreeMap<>(Map.of("fisheries", 1.5)), LocalDate.of(2021, 3, 2));
        List<ArticleLinks.LinkedEvent> events = List.of(new ArticleLinks.LinkedEvent(
                new EventMention("lima-talks", "v1", "K", LocalDate.of(2021, 3, 2), "", false), ""));
        ArticleLinks before = new ArticleLinks("lima-talks", sig, List.of(), null, null, null, features, events, Map.of());
        ArticleLinks after = new ArticleLinks("lima-talks", sig, List.of(), "orig-1", "publisher:andes", "s7", features, events,
                Map.of());

        Object[] relinked = TableRows.relinkArticle(TableRows.article(0, raw, a, before), 12, "s7", "orig-1", "publisher:andes");
        assertThat(relinked).containsExactly(TableRows.article(12, raw, a, after));
        Object[] row = TableRows.article(0, raw, a, before);
        assertThat(TableRows.relinkArticle(row, 5, "s1", null, null)).isNotSameAs(row);
        assertThat(row).containsExactly(TableRows.article(0, raw, a, before)); // the original row is left as it was

        List<Object[]> eventsBefore = TableRows.events(a, before, c -> CLUSTER);
        List<Object[]> eventsAfter = TableRows.events(a, after, c -> CLUSTER);
        assertThat(eventsBefore).hasSize(1);
        assertThat(TableRows.relinkEvent(eventsBefore.get(0), "s7")).containsExactly(eventsAfter.get(0));
    }
}
