package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.Analysis;
import org.sitrep.testing.SharedData;

/**
 * The seed article's entity expectations (read from ../shared; skipped when absent): every core
 * entity of the expected.json with its type, country, mentions, role, source kind and coordinates,
 * both must-not-merge pairs, and the shared scorer when python3 is available.
 */
class SeedEntitiesTest {
    private static JsonNode analysis;
    private static JsonNode expected;
    private static String json;

    @BeforeAll
    static void analyse() throws Exception {
        Path seed = SharedData.seedArticle();
        Path exp = SharedData.seedExpected();
        var sitrep = SharedCoreNlp.sitrep();
        var raw = sitrep.ingest().fromBytes(seed.toString(), Files.readAllBytes(seed), org.sitrep.model.ContentFormat.TEXT);
        Analysis a = sitrep.analyze(raw, LocalDate.parse("2023-09-15"));
        json = AnalysisJson.toPretty(a);
        ObjectMapper m = new ObjectMapper();
        analysis = m.readTree(json);
        expected = m.readTree(exp.toFile());
    }

    private static String low(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText().toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(JsonNode e) {
        Set<String> out = new HashSet<>();
        out.add(low(e.get("name")));
        e.path("mentions").forEach(m -> out.add(low(m.get("text"))));
        return out;
    }

    private static JsonNode find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (JsonNode e : analysis.path("entities")) {
            if (low(e.get("name")).equals(n)) {
                return e;
            }
        }
        for (JsonNode e : analysis.path("entities")) {
            if (names(e).contains(n)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void everyCoreEntityIsFoundWithItsAttributes() {
        List<String> failures = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (JsonNode x : expected.path("entities")) {
            if (!x.path("core").asBoolean(true)) {
                continue;
            }
            String name = x.get("name").asText();
            JsonNode e = find(name);
            if (e == null) {
                failures.add(name + ": not found");
                continue;
            }
            List<String> types = new ArrayList<>();
            (x.has("type_in") ? x.get("type_in") : List.of(x.get("type"))).forEach(t -> types.add(low(t)));
            if (!types.contains(low(e.get("type")))) {
                failures.add(name + ": type " + e.get("type"));
            }
            if (!used.add(e.get("id").asText())) {
                failures.add(name + ": its entity already stands for another expected entity");
            }
            if (x.has("country") && !low(x.get("country")).equals(low(e.get("country")))) {
                failures.add(name + ": country " + e.get("country"));
            }
            x.path("mentions_include").forEach(mm -> {
                if (!names(e).contains(low(mm))) {
                    failures.add(name + ": no mention " + mm.asText());
                }
            });
            if (x.has("role_contains")) {
                boolean ok = false;
                for (JsonNode r : e.path("roles")) {
                    ok |= low(r).contains(low(x.get("role_contains")));
                }
                if (!ok) {
                    failures.add(name + ": roles " + e.path("roles"));
                }
            }
            if (x.has("source_kind") && !low(x.get("source_kind")).equals(low(e.get("sourceKind")))) {
                failures.add(name + ": sourceKind " + e.get("sourceKind"));
            }
            if (x.path("has_coordinates").asBoolean(false) && (e.get("lat").isNull() || e.get("lon").isNull())) {
                failures.add(name + ": no coordinates");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void mustNotMergePairsStayApart() {
        for (JsonNode pair : expected.path("must_not_merge")) {
            JsonNode a = find(pair.get(0).asText());
            JsonNode b = find(pair.get(1).asText());
            assertThat(a).as(pair.get(0).asText()).isNotNull();
            assertThat(b).as(pair.get(1).asText()).isNotNull();
            assertThat(a.get("id").asText()).as(pair.toString()).isNotEqualTo(b.get("id").asText());
        }
    }

    @Test
    void sharedScorerAgrees(@TempDir Path tmp) throws Exception {
        Path scorer = SharedData.require("tools/score_expected.py");
        Path out = tmp.resolve("seed.json");
        Files.writeString(out, json, StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), out.toString(), SharedData.seedExpected().toString(),
                    "entities", "must_not_merge").redirectErrorStream(true).start();
        } catch (java.io.IOException noPython) {
            org.junit.jupiter.api.Assumptions.abort("python3 not available");
            return;
        }
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(report).isZero();
    }
}
