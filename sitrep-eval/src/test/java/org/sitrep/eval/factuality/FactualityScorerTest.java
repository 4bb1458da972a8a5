package org.sitrep.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.factuality.FactualityFeatures;
import org.sitrep.extract.factuality.ScoreModel;

class FactualityScorerTest {
    @Test
    void readsTheUnifiedConllFormat(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dev.conll");
        Files.writeString(f, "0\tTroops\t_\tNNS\t1\tnsubj\ttroop\n1\tattacked\t3.0\tVBD\t1\tROOT\tattack\n\n"
                + "0\tThey\t_\tPRP\t2\tnsubj\tthey\n1\tmay\t_\tMD\t2\taux\tmay\n2\tleave\t1.2\tVB\t2\tROOT\tleave\n");
        List<ConllFactuality.GoldSentence> s = ConllFactuality.read(f);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("Troops", "attacked");
        assertThat(s.get(0).scores()[0]).isNaN();
        assertThat(s.get(1).scores()[2]).isEqualTo(1.2);
        assertThat(FactualityEvaluation.goldEvents(f)).isEqualTo(2);
    }

    @Test
    void maeAndPearson() {
        double[] y = {3, 1, -2, 0};
        assertThat(FactualityEvaluation.mae(y, y)).isZero();
        assertThat(FactualityEvaluation.pearson(y, y)).isCloseTo(1.0, within(1e-9));
        assertThat(FactualityEvaluation.mae(y, new double[] {2, 2, -1, 1})).isEqualTo(1.0);
        assertThat(FactualityEvaluation.pearson(y, new double[] {-3, -1, 2, 0})).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void ridgeRecoversALinearRule() {
        int d = FactualityFeatures.NAMES.size();
        double[][] x = new double[40][d];
        double[] y = new double[40];
        for (int n = 0; n < 40; n++) {
            x[n][0] = 1;
            x[n][1] = (n % 7) - 3;
            y[n] = 0.5 + 0.8 * x[n][1];
        }
        ScoreModel m = ScoreModel.fit(x, y, 1e-6);
        double[] probe = new double[d];
        probe[0] = 1;
        probe[1] = 2;
        assertThat(m.score(probe)).isCloseTo(2.1, within(1e-3));
    }
}
