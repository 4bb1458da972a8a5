package org.sitrep.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.link.DedupConfig;

class DedupEvaluationTest {
    @TempDir
    Path tmp;

    private static String article(String topic, int n) {
        StringBuilder sb = new StringBuilder(topic + " report " + n + "\n\n");
        for (int p = 0; p < 6; p++) {
            sb.append("Paragraph ").append(p).append(" on ").append(topic).append(" gives detail number ").append(n * 31 + p)
                    .append(" about the ").append(topic).append(" council, whose members met ").append(p + n)
                    .append(" times this season to discuss item ").append(n * 7 + p * 3).append(" of the agenda.\n\n");
        }
        return sb.toString();
    }

    @Test
    void generatedVariantsAreFoundAndScored() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("news"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(src.resolve("news").resolve(String.format("%03d.txt", i)), article(i % 2 == 0 ? "harbour" : "forest", i));
        }
        Path set = tmp.resolve("set");
        NearDuplicateSet.write(src, set, 3, 9, 5, Set.of());
        assertThat(set.resolve("duplicates.json")).exists();
        DedupEvaluation.Result r = DedupEvaluation.run(set, DedupConfig.DEFAULT);
        DedupEvaluation.Score near = r.near();
        assertThat(near.goldPairs()).isEqualTo(3 * 10); // 3 groups of 5: 10 pairs each
        assertThat(near.duplicateRecall()).isGreaterThan(0.8);
        assertThat(near.falseDuplicateRate()).isLessThan(0.2);
        assertThat(r.articles()).isEqualTo(12 + 3 * 4);
    }
}
