package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Dependency;
import org.sitrep.model.Event;
import org.sitrep.model.Factuality.Certainty;
import org.sitrep.model.Factuality.EventTime;
import org.sitrep.model.Factuality.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

class EventExtractorTest {
    private final EventExtractor extractor = new EventExtractor();

    private static ExtractionContext run(EventExtractor x, String... sentences) {
        ExtractionContext c = new ExtractionContext(ParsedText.of(sentences));
        x.extract(c);
        return c;
    }

    private static Event byTrigger(ExtractionContext c, String trigger) {
        return c.events().stream().filter(e -> e.trigger().text().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in " + c.events()));
    }

    /** Entity ids of the NER fallback, by mention text. */
    private static Map<String, String> ids(ExtractionContext c) {
        Map<String, String> m = new java.util.HashMap<>();
        int n = 0;
        for (var ner : c.annotated().mentions()) {
            if (!m.containsKey(ner.text())) {
                m.put(ner.text(), "n" + (++n));
            }
        }
        return m;
    }

    @Test
    void controlVerbGivesAFutureVisitByTheController() {
        ExtractionContext c = run(extractor,
                "Kim/Kim/NNP/3/nsubj:pass/PERSON is/be/VBZ/3/aux:pass set/set/VBN/0/root to/to/TO/5/mark "
                        + "tour/tour/VB/3/xcomp a/a/DT/7/det plant/plant/NN/5/obj");
        Event tour = byTrigger(c, "tour");
        assertThat(tour.type()).isEqualTo("CONSULT");
        assertThat(tour.mode()).isEqualTo("visit");
        assertThat(tour.cameo()).isEqualTo("042");
        assertThat(tour.actors()).containsExactly(ids(c).get("Kim"));
        assertThat(tour.factuality().certainty()).isEqualTo(Certainty.PROBABLE);
        assertThat(tour.factuality().time()).isEqualTo(EventTime.FUTURE);
        assertThat(c.mainEvent()).isNotNull();
        assertThat(c.mainEvent().event()).isEqualTo(tour.id());
    }

    @Test
    void denialOfAnAccusationMarksTheAccusedEvent() {
        ExtractionContext c = run(extractor,
                "Tehran/Tehran/NNP/5/nsubj/LOCATION and/and/CC/3/cc Caracas/Caracas/NNP/1/conj/LOCATION "
                        + "have/have/VBP/5/aux denied/deny/VBN/0/root US/US/NNP/7/compound/LOCATION "
                        + "accusations/accusation/NNS/5/obj of/of/IN/10/case arms/arm/NNS/10/compound "
                        + "transfers/transfer/NNS/7/nmod");
        Map<String, String> id = ids(c);
        Event denial = byTrigger(c, "denied");
        assertThat(denial.type()).isEqualTo("REJECT");
        assertThat(denial.actors()).containsExactly(id.get("Tehran"), id.get("Caracas"));
        assertThat(denial.factuality().certainty()).isEqualTo(Certainty.CERTAIN);
        Event accusation = byTrigger(c, "accusations");
        assertThat(accusation.type()).isEqualTo("ACCUSE");
        assertThat(accusation.actors()).containsExactly(id.get("US"));
        assertThat(accusation.targets()).contains(id.get("Tehran"));
        assertThat(accusation.factuality().certainty()).isEqualTo(Certainty.CERTAIN);
        Event transfers = byTrigger(c, "transfers");
        assertThat(transfers.type()).isEqualTo("AID");
        assertThat(transfers.cameo()).isEqualTo("072");
        assertThat(transfers.deniedBy()).extracting(d -> d.entity()).containsExactly(id.get("Tehran"), id.get("Caracas"));
        assertThat(transfers.factuality().certainty()).isNotEqualTo(Certainty.CERTAIN);
        assertThat(transfers.actors()).containsExactly(id.get("Tehran"));
    }

    @Test
    void passiveAgentIsTheActorAndNegationFlipsPolarity() {
        ExtractionContext c = run(extractor,
                "Kyiv/Kyiv/NNP/3/nsubj:pass/LOCATION was/be/VBD/3/aux:pass attacked/attack/VBN/0/root "
                        + "by/by/IN/5/case Russia/Russia/NNP/3/obl/LOCATION",
                "Russia/Russia/NNP/4/nsubj/LOCATION did/do/VBD/4/aux not/not/RB/4/advmod invade/invade/VB/0/root "
                        + "Poland/Poland/NNP/4/obj/LOCATION");
        Map<String, String> id = ids(c);
        Event attack = byTrigger(c, "attacked");
        assertThat(attack.type()).isEqualTo("ASSAULT");
        assertThat(attack.actors()).containsExactly(id.get("Russia"));
        assertThat(attack.targets()).containsExactly(id.get("Kyiv"));
        assertThat(attack.factuality().time()).isEqualTo(EventTime.PAST);
        Event invade = byTrigger(c, "invade");
        assertThat(invade.factuality().polarity()).isEqualTo(Polarity.NEG);
        assertThat(invade.factuality().score()).isNegative();
    }

    @Test
    void modalsAndSymmetricMeetings() {
        ExtractionContext c = run(extractor,
                "Putin/Putin/NNP/5/nsubj/PERSON and/and/CC/3/cc Kim/Kim/NNP/1/conj/PERSON could/could/MD/5/aux "
                        + "meet/meet/VB/0/root in/in/IN/7/case Caracas/Caracas/NNP/5/obl/LOCATION");
        Map<String, String> id = ids(c);
        Event meet = byTrigger(c, "meet");
        assertThat(meet.type()).isEqualTo("CONSULT");
        assertThat(meet.actors()).containsExactlyInAnyOrder(id.get("Putin"), id.get("Kim"));
        assertThat(meet.targets()).containsExactlyInAnyOrder(id.get("Putin"), id.get("Kim"));
        assertThat(meet.location()).isEqualTo(id.get("Caracas"));
        assertThat(meet.factuality().certainty()).isEqualTo(Certainty.POSSIBLE);
    }

    @Test
    void userDictionaryAddsTriggers(@TempDir Path dir) throws Exception {
        Path dict = dir.resolve("extra.tsv");
        Files.writeString(dict, "# test\nfrobnicate V - ASSAULT - 190\n");
        EventExtractor custom = new EventExtractor(new ExtractionConfig(List.of(), List.of(dict)));
        String s = "Rebels/rebel/NNS/2/nsubj frobnicated/frobnicate/VBD/0/root Kyiv/Kyiv/NNP/2/obj/LOCATION";
        assertThat(run(extractor, s).events()).isEmpty();
        assertThat(run(custom, s).events()).extracting(Event::type).containsExactly("ASSAULT");
    }

    @Test
    void everyEventHasADateAndDeterministicIds() {
        String s = "Kim/Kim/NNP/2/nsubj/PERSON visited/visit/VBD/0/root Caracas/Caracas/NNP/2/obj/LOCATION";
        ExtractionContext a = run(extractor, s, s);
        ExtractionContext b = run(extractor, s, s);
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(a.events()).allSatisfy(e -> assertThat(e.date()).isNotNull());
        assertThat(a.events()).extracting(Event::id).containsExactly("v1", "v2");
    }

    @Test
    void unparsedAndHugeSentencesGiveNoEventsAndNoCrash() {
        AnnotatedText parsed = ParsedText.of("Kim/Kim/NNP/2/nsubj/PERSON visited/visit/VBD/0/root");
        List<Token> many = new ArrayList<>();
        List<Dependency> arcs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(new Token(i, 0, 0, "attack", "attack", "VB", "O"));
            arcs.add(new Dependency(i == 0 ? -1 : 0, i, i == 0 ? "root" : "conj"));
        }
        Sentence unparsedHuge = new Sentence(0, 0, 0, many, List.of());
        Sentence parsedHuge = new Sentence(1, 0, 0, many, arcs);
        AnnotatedText text = new AnnotatedText(parsed.article(), List.of(unparsedHuge, parsedHuge), List.of(), List.of());
        ExtractionContext c = new ExtractionContext(text);
        extractor.extract(c);
        assertThat(c.events()).isEmpty();
        assertThat(c.mainEvent()).isNull();
        assertThat(c.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("longer than"));
    }

    @Test
    void typesAreKnown() {
        ExtractionContext c = run(extractor, "Kim/Kim/NNP/2/nsubj/PERSON said/say/VBD/0/root");
        assertThat(c.events().stream().map(Event::type).collect(Collectors.toSet())).containsExactly("STATEMENT");
        assertThat(EventDictionary.TYPES).contains("STATEMENT", "OTHER", "ASSAULT");
    }
}
