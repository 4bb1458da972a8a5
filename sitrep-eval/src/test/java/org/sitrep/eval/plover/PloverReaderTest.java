package org.sitrep.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverReaderTest {
    @Test
    void readsRecordsAndMapsOldTypeNames(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("gsr.json");
        Files.writeString(f, """
                [{"id": "doc", "event": "DOCUMENT", "eventText": "header"},
                 {"id": "r1", "event": "DEMAND", "text": "Ruritania demanded that Freedonia withdraw.",
                  "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": [{"actorText": "Freedonia"}]},
                 {"id": "r2", "event": "FIGHT", "text": "Rebels shelled the town.", "source": [{"actorText": "Rebels"}],
                  "target": ""}]
                """);
        List<PloverEvaluation.Gold> g = PloverEvaluation.read(f);
        assertThat(g).extracting(PloverEvaluation.Gold::type).containsExactly("REQUEST", "ASSAULT");
        assertThat(g.get(0).sources()).containsExactly("Ruritania");
        assertThat(g.get(0).targets()).containsExactly("Freedonia");
        assertThat(g.get(1).targets()).isEmpty();
    }
}
