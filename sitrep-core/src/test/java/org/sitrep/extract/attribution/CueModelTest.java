package org.sitrep.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;

/** The learned cue detector and the attributions built around its cues, on hand-parsed sentences. */
class CueModelTest {
    private static Sentence sentence(String... items) {
        return HandParsed.sentence(items);
    }

    private static String text(Sentence s) {
        return HandParsed.text(s);
    }

    private static final Sentence CRITICAL = sentence("The/the/DT/1/det", "mayor/mayor/NN/3/nsubj", "is/be/VBZ/3/cop",
            "critical/critical/JJ/-1/root", "of/of/IN/6/case", "the/the/DT/6/det", "plan/plan/NN/3/obl", "./././3/punct");

    private static final CueModel CRITICAL_MODEL = new CueModel(Map.of("bias", -3.0, "l=critical", 4.0, "l=criticism", 4.0), 0.5);

    @Test
    void featuresDescribeTheWordItsComplementsAndItsSubject() {
        List<String> f = CueModel.features(new ParsedSentence(CRITICAL), 3);
        assertThat(f).contains("l=critical", "p=JJ", "lc=critical|obl", "lcase=critical|of", "sl=mayor", "s<", "root",
                "lex=none");
        assertThat(CueModel.features(new ParsedSentence(CRITICAL), 6)).contains("l=plan", "no-subject").doesNotContain("root");
    }

    @Test
    void probabilityIsTheLogisticOfTheSummedWeights() {
        assertThat(CRITICAL_MODEL.probability(List.of("l=critical"))).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CRITICAL_MODEL.probability(CueModel.features(new ParsedSentence(CRITICAL), 3))).isGreaterThan(0.5);
        assertThat(CRITICAL_MODEL.probability(CueModel.features(new ParsedSentence(CRITICAL), 6))).isLessThan(0.5);
    }

    @Test
    void aLearnedPredicateCueTakesItsSubjectAsSourceAndItsObliqueAsContent() {
        Lexicon lexicon = Lexicon.load();
        ParsedSentence s = new ParsedSentence(CRITICAL);
        assertThat(new ReportedSpeech(lexicon, null).find(s, false)).isEmpty();
        List<Candidate> found = new ReportedSpeech(lexicon, CRITICAL_MODEL).find(s, false);
        assertThat(found).hasSize(1);
        String text = text(CRITICAL);
        Candidate c = found.get(0);
        assertThat(c.cue.of(text)).isEqualTo("critical");
        assertThat(c.source.of(text)).isEqualTo("The mayor");
        assertThat(c.contentHull().of(text)).isEqualTo("of the plan");
    }

    @Test
    void aLearnedNounCueTakesItsPossessorAsSource() {
        Sentence noun = sentence("Her/she/PRP$/1/nmod:poss", "criticism/criticism/NN/-1/root", "of/of/IN/4/case",
                "the/the/DT/4/det", "budget/budget/NN/1/nmod", "./././1/punct");
        List<Candidate> found = new ReportedSpeech(Lexicon.load(), CRITICAL_MODEL).find(new ParsedSentence(noun), false);
        assertThat(found).hasSize(1);
        String text = text(noun);
        assertThat(found.get(0).source.of(text)).isEqualTo("Her");
        assertThat(found.get(0).contentHull().of(text)).isEqualTo("of the budget");
    }

    @Test
    void examplesCarryTheAttributionTheirCueWouldGiveAndLeaveOutRuleCues() {
        String text = text(CRITICAL);
        List<CueModel.Example> critical = CueModel.examples(CRITICAL, false);
        assertThat(critical).extracting(CueModel.Example::token).contains(3);
        CueModel.Example e = critical.stream().filter(x -> x.token() == 3).findFirst().orElseThrow();
        assertThat(e.source().of(text)).isEqualTo("The mayor");
        assertThat(e.content().get(0).of(text)).isEqualTo("of the plan");
        assertThat(e.features()).contains("l=critical", "src-ner=O", "cont-w=of");
        Sentence said = sentence("The/the/DT/1/det", "mayor/mayor/NN/2/nsubj", "said/say/VBD/-1/root", "the/the/DT/4/det",
                "plan/plan/NN/5/nsubj", "failed/fail/VBD/2/ccomp", "./././2/punct");
        assertThat(CueModel.examples(said, false)).extracting(CueModel.Example::token).doesNotContain(2);
    }

    @Test
    void weightsLoadFromAFileWithCommentsAndTabs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("m.tsv");
        java.nio.file.Files.writeString(file, "# how it was made\n# feature\tweight\nbias\t-2.0\nl=doubt\t3.0\n");
        CueModel m = CueModel.load(file);
        assertThat(m.probability(List.of("l=doubt"))).isCloseTo(1 / (1 + Math.exp(-1)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.probability(List.of("l=walk"))).isCloseTo(1 / (1 + Math.exp(2)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theShippedModelHasWeightsFittedOnTrain() {
        CueModel shipped = CueModel.shipped();
        assertThat(shipped.probability(List.of())).isLessThan(0.1);
        assertThat(shipped.probability(List.of("l=criticize", "lex=none", "p=VBD", "c=nsubj|V<", "c=obj|V>", "sn=PERSON")))
                .isGreaterThan(shipped.probability(List.of("l=eat", "lex=none", "p=VBD", "c=nsubj|V<", "c=obj|V>", "sn=PERSON")));
    }
}
