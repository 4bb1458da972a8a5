package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class BratAttributionsTest {
    private static final List<String> ANN = List.of(
            "T1\tSource 0 4\tMary",
            "T2\tCue 5 9\tsaid",
            "T3\tContent 10 20;30 40\tit rained x",
            "T4\tAttribution 5 9\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "T5\tCue 50 62\taccording to",
            "T6\tContent 41 49\tdry days",
            "E2\tAttribution:T5 Cue:T5 Content:T6");

    @Test
    void readsRelationsWithDiscontinuousSpansAndMissingSources() {
        List<BratAttributions.Relation> r = BratAttributions.parse(ANN);
        assertThat(r).hasSize(2);
        assertThat(r.get(0).content()).containsExactly(new Span(10, 20), new Span(30, 40));
        assertThat(r.get(1).source()).isEmpty();
    }

    @Test
    void relationMatchesWhenEveryGoldRoleOverlaps() {
        List<BratAttributions.Relation> gold = BratAttributions.parse(ANN);
        var good = new BratAttributions.Relation(List.of(new Span(0, 2)), List.of(new Span(5, 9)), List.of(new Span(35, 36)));
        var wrongSource = new BratAttributions.Relation(List.of(new Span(60, 70)), List.of(new Span(52, 55)), List.of(new Span(41, 42)));
        var wrongCue = new BratAttributions.Relation(List.of(new Span(0, 4)), List.of(new Span(12, 14)), List.of(new Span(10, 20)));
        AttributionEvaluation.Score s = AttributionEvaluation.relationScore(gold, List.of(good, wrongSource, wrongCue), true);
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.precision()).isEqualTo(2 / 3.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void alignmentSurvivesChangedSpacing() {
        int[] map = AttributionEvaluation.align("A b\n\nc", "A  b\n \n\nc");
        assertThat(map[2]).isEqualTo(3);
        assertThat(map[5]).isEqualTo(8);
    }
}
