package org.sitrep.eval.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.link.StoryConfig;

class ClusterEvaluationTest {
    @TempDir
    Path tmp;

    private void doc(String topic, String name, String title, String text) throws Exception {
        Files.createDirectories(tmp.resolve(topic));
        Files.writeString(tmp.resolve(topic).resolve(name), "{\"title\": \"" + title + "\", \"text\": \"" + text + "\"}");
    }

    @Test
    void readsTheSubTopicLayoutAndScoresTheClusterer() throws Exception {
        doc("1ecb", "1_1.json", "Quake hits Velmora", "A strong earthquake struck Velmora province, killing twelve in Ostrin.");
        doc("1ecb", "1_2.json", "Velmora quake toll rises", "Rescuers in Ostrin found more victims of the Velmora earthquake.");
        doc("1ecbplus", "1_3.json", "Quake shakes Tarsk", "An earthquake struck Tarsk island near Belloc, damaging the harbour of Belloc.");
        Files.createDirectories(tmp.resolve("1ecb/annotation"));
        Files.writeString(tmp.resolve("1ecb/annotation/mentions.json"), "[]");
        List<ClusterEvaluation.Doc> docs = ClusterEvaluation.read(tmp);
        assertThat(docs).extracting(ClusterEvaluation.Doc::gold).containsExactly("1ecb", "1ecb", "1ecbplus");
        ClusterEvaluation.Result r = ClusterEvaluation.run(docs, StoryConfig.DEFAULT);
        assertThat(r.goldClusters()).isEqualTo(2);
        assertThat(r.sitrep().bcubedF1()).isEqualTo(1.0);
        assertThat(ClusterEvaluation.mostFrequent("The mayor of Ostrin met Ostrin police. Ostrin is calm.", true)).isEqualTo("Ostrin");
    }
}
