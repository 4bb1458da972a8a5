package org.sitrep.eval.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Analysis;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality.Certainty;
import org.sitrep.model.Factuality.EventTime;

/** Events from real CoreNLP parses of short made-up news sentences. */
class EventSentencesTest {
    private static Analysis analyze(String text) {
        return SharedCoreNlp.sitrep().analyze(new Ingest().fromBytes("t", text.getBytes(StandardCharsets.UTF_8),
                ContentFormat.TEXT), LocalDate.of(2024, 3, 1));
    }

    private static Event trigger(Analysis a, String word) {
        return a.events().stream().filter(e -> e.trigger().text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + word + "' in " + a.events()));
    }

    @Test
    void controlVerbsAndModals() {
        Analysis a = analyze("Minister visits Paris\n\nThe Spanish prime minister Pedro Sanchez is expected to visit "
                + "Paris next week, officials said. He may also meet Emmanuel Macron.");
        Event visit = trigger(a, "visit");
        assertThat(visit.type()).isEqualTo("CONSULT");
        assertThat(visit.actors()).isNotEmpty();
        assertThat(visit.factuality().certainty()).isEqualTo(Certainty.PROBABLE);
        assertThat(visit.factuality().time()).isEqualTo(EventTime.FUTURE);
        assertThat(visit.location()).isNotNull();
        Event meet = trigger(a, "meet");
        assertThat(meet.factuality().certainty()).isEqualTo(Certainty.POSSIBLE);
        assertThat(meet.actors()).isNotEmpty();
        assertThat(a.mainEvent()).isNotNull();
    }

    @Test
    void passivesAndVerblessHeadlines() {
        Analysis a = analyze("Border clashes: a list\n\n- Item one\n- Item two\n\nThe convoy was attacked by the Taliban "
                + "near Kabul on Tuesday.");
        Event attack = trigger(a, "attacked");
        assertThat(attack.type()).isEqualTo("ASSAULT");
        assertThat(attack.actors()).hasSize(1);
        assertThat(attack.factuality().time()).isEqualTo(EventTime.PAST);
        assertThat(a.events()).allSatisfy(e -> assertThat(e.date()).isNotNull());
    }
}
