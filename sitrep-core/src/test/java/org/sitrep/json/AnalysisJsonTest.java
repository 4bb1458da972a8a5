package org.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.Sitrep;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.model.Analysis;
import org.sitrep.testing.Articles;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {
    private final Sitrep sitrep = Sitrep.builder(new SimpleAnnotator()).extractors(List.of()).build();

    @Test
    void followsTheSchemaAndIsDeterministic() throws Exception {
        Analysis a = sitrep.analyze(Articles.text("A headline\n\nFirst paragraph.\n\nSecond one."), LocalDate.of(2023, 9, 15));
        String json = AnalysisJson.toPretty(a);
        assertThat(AnalysisJson.toPretty(sitrep.analyze(Articles.text("A headline\n\nFirst paragraph.\n\nSecond one."),
                LocalDate.of(2023, 9, 15)))).isEqualTo(json);
        JsonNode root = AnalysisJson.mapper().readTree(json);
        assertThat(root.get("schemaVersion").asText()).isEqualTo("1");
        JsonNode art = root.get("article");
        assertThat(art.get("published").asText()).isEqualTo("2023-09-15");
        assertThat(art.get("publishedBasis").asText()).isEqualTo("GIVEN");
        assertThat(art.get("headline").asText()).isEqualTo("A headline");
        String text = art.get("text").asText();
        JsonNode p0 = art.get("paragraphs").get(0);
        assertThat(text.substring(p0.get("begin").asInt(), p0.get("end").asInt())).isEqualTo("A headline");
        for (String key : List.of("entities", "times", "attributions", "events", "diagnostics")) {
            assertThat(root.get(key).isArray()).as(key).isTrue();
        }
        assertThat(root.has("mainEvent")).isTrue();
        assertThat(root.has("corpus")).isFalse();
        assertThat(root.get("provenance").get("sitrepVersion").asText()).isNotBlank();
    }
}
