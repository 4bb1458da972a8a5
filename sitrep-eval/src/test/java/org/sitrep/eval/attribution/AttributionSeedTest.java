package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sitrep.corenlp.testing.SharedCoreNlp;
import org.sitrep.json.AnalysisJson;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.testing.SharedData;

/**
 * The seed article's attributions against its hand-made expectations: every core expectation of
 * the {@code attributions} section, with {@code via} nesting. Expectations that name a source only
 * an entity can resolve ("AP" → Associated Press) are left to the entity stage while none runs.
 */
class AttributionSeedTest {
    @Test
    void coreAttributionsOfTheSeedArticle() throws Exception {
        Path seed = SharedData.seedArticle();
        JsonNode expected = AnalysisJson.mapper().readTree(SharedData.seedExpected().toFile());
        var sitrep = SharedCoreNlp.sitrep();
        Analysis a = sitrep.analyze(sitrep.ingest().fromBytes("seed", Files.readAllBytes(seed), ContentFormat.TEXT),
                LocalDate.of(2023, 9, 15));
        boolean entities = !a.entities().isEmpty();
        List<String> failed = new ArrayList<>();
        int checked = 0;
        for (JsonNode x : expected.get("attributions")) {
            if (!x.path("core").asBoolean(true)) {
                continue;
            }
            boolean ok = a.attributions().stream().anyMatch(at -> matches(a, at, x));
            if (!ok && (entities || !needsEntity(x))) {
                failed.add(x.toString());
            }
            checked += ok ? 1 : 0;
        }
        assertThat(failed).as("core attributions missed (%d found)", checked).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(entities ? 10 : 6);
        Path out = Files.createTempFile("seed-analysis", ".json");
        Files.writeString(out, AnalysisJson.toPretty(a), StandardCharsets.UTF_8);
        Path scorer = SharedData.require("tools/score_expected.py");
        if (entities && python3()) {
            Process p = new ProcessBuilder("python3", scorer.toString(), out.toString(), SharedData.seedExpected().toString(),
                    "attributions").redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(log).isZero();
        }
        Files.deleteIfExists(out);
    }

    private static boolean needsEntity(JsonNode x) {
        return x.has("source") || x.has("via");
    }

    private static boolean matches(Analysis a, Attribution at, JsonNode x) {
        if (!at.content().text().contains(x.get("content_contains").asText())) {
            return false;
        }
        if (x.has("direct") && at.direct() != x.get("direct").asBoolean()) {
            return false;
        }
        String name = x.has("source") ? x.get("source").asText() : x.get("source_contains").asText();
        if (!sourceIs(a, at, name)) {
            return false;
        }
        if (x.has("via")) {
            Map<String, Attribution> byId = new HashMap<>();
            a.attributions().forEach(y -> byId.put(y.id(), y));
            for (Attribution p = byId.get(at.parent()); p != null; p = byId.get(p.parent())) {
                if (sourceIs(a, p, x.get("via").asText())) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean sourceIs(Analysis a, Attribution at, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (at.sourceText() != null && at.sourceText().toLowerCase(Locale.ROOT).contains(n)) {
            return true;
        }
        for (Entity e : a.entities()) {
            if (e.id().equals(at.source())) {
                return e.name().toLowerCase(Locale.ROOT).contains(n)
                        || e.mentions().stream().map(Mention::text).anyMatch(t -> t.equalsIgnoreCase(name));
            }
        }
        return false;
    }

    private static boolean python3() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
