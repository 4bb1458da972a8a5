package org.sitrep.extract.factuality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Factuality;
import org.sitrep.model.Factuality.Certainty;
import org.sitrep.model.Factuality.EventTime;
import org.sitrep.model.Factuality.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

class FactualityAssessorTest {
    private final FactualityAssessor rules = new FactualityAssessor(FactualityCues.shipped(), null);

    /** "word/lemma/TAG/head/rel" tokens, head 1-based. */
    private static DependencyView parse(String s) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int offset = 0;
        String[] parts = s.split(" ");
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            tokens.add(new Token(i, offset, offset + f[0].length(), f[0], f[1], f[2], "O"));
            offset += f[0].length() + 1;
            deps.add(new Dependency(Integer.parseInt(f[3]) - 1, i, f[4]));
        }
        return DependencyView.of(new Sentence(0, 0, offset - 1, tokens, deps));
    }

    @Test
    void mayGivesPossible() {
        Factuality f = rules.assess(parse("Kim/Kim/NNP/4/nsubj may/may/MD/4/aux be/be/VB/4/aux looking/look/VBG/0/root"), 3);
        assertThat(f.certainty()).isEqualTo(Certainty.POSSIBLE);
        assertThat(f.polarity()).isEqualTo(Polarity.POS);
        assertThat(f.score()).isEqualTo(1.0);
    }

    @Test
    void expectedToGoIsProbableFuture() {
        Factuality f = rules.assess(parse("Kim/Kim/NNP/3/nsubj:pass is/be/VBZ/3/aux:pass expected/expect/VBN/0/root "
                + "to/to/TO/5/mark go/go/VB/3/xcomp"), 4);
        assertThat(f.certainty()).isEqualTo(Certainty.PROBABLE);
        assertThat(f.time()).isEqualTo(EventTime.FUTURE);
    }

    @Test
    void failedToIsNegativeAndNoDateIsNegated() {
        Factuality failed = rules.assess(parse("Tehran/Tehran/NNP/2/nsubj failed/fail/VBD/0/root to/to/TO/4/mark "
                + "deploy/deploy/VB/2/xcomp"), 3);
        assertThat(failed.polarity()).isEqualTo(Polarity.NEG);
        assertThat(failed.score()).isEqualTo(-3.0);
        Factuality noDate = rules.assess(parse("No/no/DT/2/det date/date/NN/5/nsubj:pass has/have/VBZ/5/aux "
                + "been/be/VBN/5/aux:pass set/set/VBN/0/root"), 4);
        assertThat(noDate.polarity()).isEqualTo(Polarity.NEG);
        assertThat(noDate.time()).isEqualTo(EventTime.PAST);
    }

    @Test
    void reportedEventsStayCertainAndHedgesLowerThem() {
        Factuality said = rules.assess(parse("He/he/PRP/2/nsubj said/say/VBD/0/root troops/troop/NNS/4/nsubj "
                + "attacked/attack/VBD/2/ccomp"), 3);
        assertThat(said.certainty()).isEqualTo(Certainty.CERTAIN);
        assertThat(said.time()).isEqualTo(EventTime.PAST);
        Factuality hedged = rules.assess(parse("Troops/troop/NNS/3/nsubj reportedly/reportedly/RB/3/advmod "
                + "attacked/attack/VBD/0/root"), 2);
        assertThat(hedged.certainty()).isEqualTo(Certainty.PROBABLE);
    }

    @Test
    void conditionalsArePossibleAndScoreModelClamps() {
        Factuality f = rules.assess(parse("if/if/IN/3/mark they/they/PRP/3/nsubj lose/lose/VBP/5/advcl "
                + "we/we/PRP/5/nsubj win/win/VBP/0/root"), 2);
        assertThat(f.certainty()).isEqualTo(Certainty.POSSIBLE);
        double[] w = new double[FactualityFeatures.NAMES.size()];
        w[0] = 10;
        assertThat(new ScoreModel(w).score(new double[w.length])).isEqualTo(0.0);
        double[] x = new double[w.length];
        x[0] = 1;
        assertThat(new ScoreModel(w).score(x)).isEqualTo(3.0);
    }
}
