package org.sitrep.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;

/** Rule cues and the content spans cut around them, on hand-parsed sentences. */
class ReportedSpeechTest {
    private static Sentence sentence(String... items) {
        return HandParsed.sentence(items);
    }

    private static String text(Sentence s) {
        return HandParsed.text(s);
    }

    @Test
    void contentGoesOnFromTheObjectThroughThePrepositionThatSaysWhatOfIt() {
        // "The senator accused the bank of misleading customers ."
        Sentence s = sentence("The/the/DT/1/det", "senator/senator/NN/2/nsubj", "accused/accuse/VBD/-1/root",
                "the/the/DT/4/det", "bank/bank/NN/2/obj", "of/of/IN/6/mark", "misleading/mislead/VBG/2/advcl",
                "customers/customer/NNS/6/obj", "./././2/punct");
        List<Candidate> found = new ReportedSpeech(Lexicon.load(), null).find(new ParsedSentence(s), false);
        assertThat(found).hasSize(1);
        String text = text(s);
        assertThat(found.get(0).source.of(text)).isEqualTo("The senator");
        assertThat(found.get(0).contentHull().of(text)).isEqualTo("the bank of misleading customers");
    }

    @Test
    void aTimeOrPlaceAfterTheObjectStaysOutOfTheContent() {
        // "The senator criticized the bank in Washington ."
        Sentence s = sentence("The/the/DT/1/det", "senator/senator/NN/2/nsubj", "criticized/criticize/VBD/-1/root",
                "the/the/DT/4/det", "bank/bank/NN/2/obj", "in/in/IN/6/case", "Washington/Washington/NNP/2/obl",
                "./././2/punct");
        List<Candidate> found = new ReportedSpeech(Lexicon.load(), null).find(new ParsedSentence(s), false);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).contentHull().of(text(s))).isEqualTo("the bank");
    }

    @Test
    void aSpeakerLabelOpeningAQuotedParagraphGivesADirectQuote() {
        // "“ HOST : We start now ." — a transcript quoted paragraph by paragraph
        Sentence quoted = sentence("“/“/``/3/punct", "HOST/host/NN/3/nsubj", ":/:/:/3/punct", "We/we/PRP/4/nsubj",
                "start/start/VBP/-1/root", "now/now/RB/4/advmod", "./././4/punct");
        List<Candidate> found = new ReportedSpeech(Lexicon.load(), null).find(new ParsedSentence(quoted), false);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).source.of(text(quoted))).isEqualTo("HOST");
        assertThat(found.get(0).direct).isTrue();
        Sentence plain = sentence("HOST/host/NN/3/nsubj", ":/:/:/3/punct", "We/we/PRP/3/nsubj",
                "start/start/VBP/-1/root", "now/now/RB/3/advmod", "./././3/punct");
        List<Candidate> label = new ReportedSpeech(Lexicon.load(), null).find(new ParsedSentence(plain), false);
        assertThat(label).hasSize(1);
        assertThat(label.get(0).direct).isFalse();
    }
}
