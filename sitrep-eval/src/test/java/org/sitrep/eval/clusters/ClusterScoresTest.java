package org.sitrep.eval.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    @Test
    void matchesHandComputedScores() {
        // gold {1,2,3} {4,5,6}; predicted {1,2} {3,4} {5,6}
        ClusterScores s = ClusterScores.of(List.of("a", "a", "a", "b", "b", "b"), List.of("x", "x", "y", "y", "z", "z"));
        assertThat(s.ari()).isCloseTo(0.8 / 3.3, within(1e-9));
        assertThat(s.purity()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(s.bcubedPrecision()).isCloseTo(5.0 / 6, within(1e-9)); // 1,1,.5,.5,1,1
        assertThat(s.bcubedRecall()).isCloseTo((2.0 / 3 * 4 + 1.0 / 3 * 2) / 6, within(1e-9));
        assertThat(s.clusters()).isEqualTo(3);
    }

    @Test
    void aPerfectClusteringScoresOne() {
        ClusterScores s = ClusterScores.of(List.of("a", "a", "b"), List.of("1", "1", "2"));
        assertThat(s.ari()).isEqualTo(1.0);
        assertThat(s.bcubedF1()).isEqualTo(1.0);
    }
}
