package org.sitrep.eval.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.ingest.Ingest;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Event;
import org.sitrep.testing.SharedData;

/**
 * The seed article's expected events (read from ../shared, never committed): every expected event
 * has an event of its type with one of its triggers; with the entity, time and attribution stages
 * in the pipeline, score_expected.py's events section passes every core expectation.
 */
class SeedEventsTest {
    private static Analysis analysis;
    private static JsonNode expected;

    @BeforeAll
    static void analyse() throws Exception {
        Path seed = SharedData.seedArticle();
        expected = new ObjectMapper().readTree(Files.readString(SharedData.seedExpected(), StandardCharsets.UTF_8));
        analysis = SharedCoreNlp.sitrep().analyze(new Ingest().fromBytes("seed", Files.readAllBytes(seed), ContentFormat.TEXT),
                LocalDate.of(2023, 9, 15));
    }

    @Test
    void everyExpectedEventHasAnEventOfItsTypeAndTrigger() {
        List<String> missing = new ArrayList<>();
        for (JsonNode x : expected.get("events")) {
            List<String> types = new ArrayList<>();
            (x.has("type_in") ? x.get("type_in") : List.of(x.get("type"))).forEach(t -> types.add(t.asText()));
            List<String> triggers = new ArrayList<>();
            x.get("trigger_in").forEach(t -> triggers.add(t.asText()));
            boolean found = false;
            for (Event e : analysis.events()) {
                String trigger = e.trigger().text().toLowerCase(Locale.ROOT);
                found |= types.contains(e.type()) && triggers.stream().anyMatch(trigger::contains);
            }
            if (!found && x.path("core").asBoolean(true)) {
                missing.add(types + " " + triggers);
            }
        }
        assertThat(missing).as("core expected events without an event of their type and trigger").isEmpty();
    }

    @Test
    void scoreExpectedEventsPassesWithAllStages(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(!analysis.entities().isEmpty() && !analysis.times().isEmpty()
                && !analysis.attributions().isEmpty(), "needs the entity, time and attribution stages: skipped");
        Path script = SharedData.require("tools/score_expected.py");
        Path out = dir.resolve("seed.json");
        Files.writeString(out, AnalysisJson.toPretty(analysis), StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), out.toString(), SharedData.seedExpected().toString(), "events")
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 not available: " + e.getMessage());
            return;
        }
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(report).isZero();
    }
}
