package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Factuality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Provenance;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.SourceKind;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

class CorpusLinkerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 5);

    /** An article whose one event (Aldoria assaults Borvia) is attributed to {@code source}. */
    private static Analysis article(String id, String publisher, String text, String source, SourceKind kind) {
        CleanArticle art = new CleanArticle(id, "h" + id, "Headline", publisher, null, "en", List.of(), DAY,
                PublishedBasis.GIVEN, text, List.of(new Span(0, text.length())), List.of(), OffsetMap.identity(text.length()),
                List.of());
        List<Entity> entities = List.of(
                new Entity("e1", "Aldoria", EntityType.COUNTRY, "ALD", null, null, null, null, null, List.of(), null, null, List.of()),
                new Entity("e2", "Borvia", EntityType.COUNTRY, "BOR", null, null, null, null, null, List.of(), null, null, List.of()),
                new Entity("e3", source, EntityType.ORGANIZATION, null, null, null, null, null, kind, List.of(), null, null, List.of()));
        Attribution at = new Attribution("a1", "e3", source, null, null, null, new TextSpan(0, 4, text.substring(0, 4)), null,
                false, null);
        Event e = new Event("v1", "ASSAULT", null, null, new TextSpan(0, 4, text.substring(0, 4)), List.of("e1"), List.of("e2"),
                null, null, new EventDate(DAY.toString(), EventDate.Basis.PUBLICATION),
                new Factuality(Factuality.Certainty.CERTAIN, Factuality.Polarity.POS, Factuality.EventTime.PAST, 3), "a1",
                List.of(), 0.9, new Span(0, 4));
        return new Analysis("1", art, entities, List.of(), List.of(at), List.of(e), null, List.of(), new Provenance("t", "t", List.of()));
    }

    private static final String TEXT_A = "Aldoria shelled positions in Borvia overnight, the news agency reported, citing"
            + " military sources. Residents fled villages near the border as artillery fire continued.";
    private static final String TEXT_B = "Borvian towns came under fire from Aldorian guns, a wire report said. Officials"
            + " in the capital called an emergency session of the cabinet and asked for international observers.";

    @Test
    void theSameWireBehindTwoPublishersCountsOnce() {
        CorpusLinker linker = CorpusLinker.withDefaults();
        linker.link(article("a", "Gazette", TEXT_A, "Reuters", SourceKind.WIRE_SERVICE));
        ArticleLinks b = linker.link(article("b", "Herald", TEXT_B, "Reuters", SourceKind.WIRE_SERVICE));
        assertThat(b.corpusLinks().events().get("v1").independentSources()).isEqualTo(1);
        ArticleLinks c = linker.link(article("c", "Courier", TEXT_B.replace("wire", "government"), "the defence ministry",
                SourceKind.GOVERNMENT));
        assertThat(c.duplicateOf()).isEqualTo("b");
        ArticleLinks d = linker.link(article("d", "Tribune", "Witnesses described explosions and smoke over the Borvian"
                + " border region late on Sunday, while hospitals in nearby cities prepared for casualties.",
                "a local official", SourceKind.OFFICIAL));
        assertThat(d.duplicateOf()).isNull();
        assertThat(d.corpusLinks().events().get("v1").independentSources()).isEqualTo(2);
    }

    @Test
    void aRestoredLinkerContinuesWhereTheFirstStopped() {
        CorpusLinker first = CorpusLinker.withDefaults();
        ArticleLinks a = first.link(article("a", "Gazette", TEXT_A, "Reuters", SourceKind.WIRE_SERVICE));
        CorpusLinker second = CorpusLinker.withDefaults();
        second.restoreArticle("a", a.signature(), null, a.sourceKey(), a.storyId(), a.features());
        a.events().forEach(e -> second.restoreEvent(e.clusterId(), e.mention()));
        ArticleLinks copy = second.link(article("b", "Herald", TEXT_A, "Reuters", SourceKind.WIRE_SERVICE));
        assertThat(copy.duplicateOf()).isEqualTo("a");
        assertThat(copy.storyId()).isEqualTo(a.storyId());
        assertThat(copy.events().get(0).clusterId()).isEqualTo(a.events().get(0).clusterId());
    }
}
