package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.ingest.Ingest;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.TimeExpression;
import org.sitrep.testing.SharedData;

/**
 * The seed article through the default CoreNLP-backed facade: every expectation under {@code times}
 * of its expected.json (core and stretch) is met, and score_expected.py agrees when python3 exists.
 * Skips when ../shared is absent; the article is read from there, never committed.
 */
class SeedTimesTest {
    @Test
    void meetsEveryTimeExpectation(@TempDir Path tmp) throws Exception {
        Path article = SharedData.seedArticle();
        Path expectedFile = SharedData.seedExpected();
        JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile());
        LocalDate published = LocalDate.parse(expected.path("article").path("published").asText("2000-01-01"));
        byte[] bytes = Files.readAllBytes(article);
        Analysis a = SharedCoreNlp.sitrep().analyze(new Ingest().fromBytes("seed", bytes, ContentFormat.TEXT), published);
        List<String> missing = new ArrayList<>();
        for (JsonNode x : expected.path("times")) {
            List<String> values = new ArrayList<>();
            if (x.has("value_in")) {
                x.get("value_in").forEach(v -> values.add(v.asText()));
            } else {
                values.add(x.get("value").asText());
            }
            String text = x.get("text").asText().toLowerCase();
            String begin = x.path("beginPoint").asText(null);
            boolean ok = a.times().stream().anyMatch(t -> t.text().toLowerCase().contains(text)
                    && values.contains(t.value()) && (begin == null || begin.equals(t.beginPoint())));
            if (!ok) {
                missing.add(x.toString());
            }
        }
        assertThat(missing).as("unmet time expectations; found %s", a.times().stream().map(TimeExpression::toString).toList())
                .isEmpty();
        scoreWithPython(tmp, a, expectedFile);
    }

    private static void scoreWithPython(Path tmp, Analysis a, Path expectedFile) throws IOException, InterruptedException {
        Path script = SharedData.require("tools/score_expected.py");
        Path out = tmp.resolve("seed.json");
        Files.writeString(out, AnalysisJson.toPretty(a), StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), out.toString(), expectedFile.toString(), "times")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not available: " + e.getMessage());
            return;
        }
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(report).isZero();
    }
}
