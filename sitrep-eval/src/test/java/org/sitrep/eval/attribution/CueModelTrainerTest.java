package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.attribution.CueModel;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Fitting the cue detector's weights and labelling its examples against gold relations. */
class CueModelTrainerTest {
    @Test
    void fitSeparatesAFeatureThatMarksPositivesAndDropsRareFeatures() {
        Map<String, Integer> ids = new HashMap<>(Map.of("l=warn", 0, "l=walk", 1, "p=VBD", 2, "once", 3));
        List<int[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            xs.add(new int[] {k % 2 == 0 ? 0 : 1, 2});
            ys.add(k % 2 == 0);
        }
        xs.add(new int[] {3, 2});
        ys.add(true);
        Map<String, Double> w = CueModelTrainer.fit(ids, xs, ys);
        assertThat(w.get("l=warn")).isGreaterThan(1.0);
        assertThat(w.get("l=walk")).isLessThan(-1.0);
        assertThat(w).containsKey("bias").doesNotContainKey("once");
        assertThat(CueModelTrainer.fit(ids, xs, ys)).isEqualTo(w);
    }

    @Test
    void anExampleIsCorrectWhenItsAttributionMatchesAGoldOneWhoseCueItHeads() {
        // "Ann doubts it" / "Ann has doubts": one-space tokens, identity offsets.
        Sentence s = new Sentence(0, 0, 13, List.of(new Token(0, 0, 3, "Ann", "Ann", "NNP", "PERSON"),
                new Token(1, 4, 10, "doubts", "doubt", "VBZ", "O"), new Token(2, 11, 13, "it", "it", "PRP", "O")),
                List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj")));
        int[] map = new int[14];
        for (int k = 0; k < map.length; k++) {
            map[k] = k;
        }
        CueModel.Example e = new CueModel.Example(1, List.of("l=doubt"), new Span(0, 3), new Span(4, 10), List.of(new Span(11, 13)));
        var gold = new BratAttributions.Relation(List.of(new Span(0, 3)), List.of(new Span(4, 10)), List.of(new Span(11, 13)));
        assertThat(CueModelTrainer.correct(s, e, map, List.of(gold))).isTrue();
        var otherSource = new BratAttributions.Relation(List.of(new Span(11, 13)), List.of(new Span(4, 10)), List.of(new Span(0, 3)));
        assertThat(CueModelTrainer.correct(s, e, map, List.of(otherSource))).isFalse();
        // The word is inside the gold cue but governed by another word of it: not the cue's head.
        CueModel.Example object = new CueModel.Example(2, List.of("l=it"), new Span(0, 3), new Span(11, 13), List.of(new Span(11, 13)));
        var wide = new BratAttributions.Relation(List.of(new Span(0, 3)), List.of(new Span(4, 13)), List.of(new Span(11, 13)));
        assertThat(CueModelTrainer.correct(s, object, map, List.of(wide))).isFalse();
        assertThat(CueModelTrainer.correct(s, e, map, List.of(wide))).isTrue();
    }

    @Test
    void writtenWeightsStateHowTheyWereProduced(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("m.tsv");
        CueModelTrainer.write(new CueModelTrainer.Fit(2, 10, 3, new java.util.TreeMap<>(Map.of("bias", -1.5, "l=warn", 2.0))), out, "train");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("#");
        assertThat(String.join("\n", lines)).contains("--train-model", "TRAIN split only", "2 documents");
        assertThat(lines).contains("bias\t-1.5000", "l=warn\t2.0000");
    }
}
