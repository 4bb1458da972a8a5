package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SharedData;

/**
 * The acceptance contract of issue 2: {@code sitrep analyze SEED --published 2023-09-15 --format json}
 * meets every expectation under {@code article} in the seed's expected.json (read from ../shared,
 * iterated field by field like score_expected.py; skipped when ../shared is absent). Model-backed.
 */
class SeedArticleAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void meetsTheArticleExpectations(@TempDir Path tmp) throws Exception {
        Path seed = SharedData.seedArticle();
        Path expectedFile = SharedData.seedExpected();
        CliRun run = CliRun.of("analyze", seed.toString(), "--published", "2023-09-15", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode article = JSON.readTree(run.out()).get("article");
        JsonNode expected = JSON.readTree(expectedFile.toFile()).get("article");
        String text = article.get("text").asText();
        StringBuilder removed = new StringBuilder();
        article.get("removed").forEach(r -> removed.append(r.get("text").asText()).append(' '));

        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) expected::fields) {
            JsonNode want = field.getValue();
            switch (field.getKey()) {
                case "headline", "publisher" -> soft.assertThat(article.get(field.getKey()).asText().strip())
                        .as(field.getKey()).isEqualToIgnoringCase(want.asText().strip());
                case "published" -> soft.assertThat(article.get("published").asText()).as("published")
                        .startsWith(want.asText());
                case "removed_contains" -> want.forEach(s -> {
                    soft.assertThat(text).as("text keeps removed " + s).doesNotContain(s.asText());
                    soft.assertThat(removed.toString().contains(s.asText())
                            || removed.toString().contains(strip(s.asText(), "()— "))).as("listed as removed: " + s).isTrue();
                });
                case "removed_contains_stretch" -> want.forEach(s ->
                        soft.assertThat(text).as("stretch: removed " + s).doesNotContain(s.asText()));
                case "lead_text" -> soft.assertThat(count(text, want.asText())).as("lead paragraph occurrences")
                        .isEqualTo(expected.get("lead_paragraph_occurrences_after_cleaning").asInt());
                case "lead_paragraph_occurrences_after_cleaning" -> {
                    // checked with lead_text
                }
                case "body_must_contain" -> want.forEach(s -> soft.assertThat(text).as("body keeps").contains(s.asText()));
                default -> soft.fail("unknown expectation '" + field.getKey() + "': extend this test");
            }
            checked++;
        }
        soft.assertAll();
        assertThat(checked).isPositive();

        Path out = tmp.resolve("seed.json");
        Files.writeString(out, run.out(), StandardCharsets.UTF_8);
        Path scorer = SharedData.root().orElseThrow().resolve("tools/score_expected.py");
        if (python() && Files.isRegularFile(scorer)) {
            Process p = new ProcessBuilder("python3", scorer.toString(), out.toString(), expectedFile.toString(), "article")
                    .redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(report).isZero();
        }
    }

    /** Without --published (and without the sidecar) the date comes from the text or the documented weekday rule. */
    @Test
    void infersTheDateWithoutMetadata(@TempDir Path tmp) throws Exception {
        Path seed = SharedData.seedArticle();
        Path copy = tmp.resolve("article.txt");
        Files.copy(seed, copy);
        String raw = Files.readString(seed);
        CliRun run = CliRun.of("analyze", copy.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode article = JSON.readTree(run.out()).get("article");
        assertThat(article.get("publishedBasis").asText()).isIn("INFERRED", "TEXT");
        LocalDate date = LocalDate.parse(article.get("published").asText());
        Matcher copyright = Pattern.compile("(?:©|Copyright)\\s*(\\d{4})").matcher(raw);
        assertThat(copyright.find()).as("the seed has a copyright year").isTrue();
        assertThat(date.getYear()).isEqualTo(Integer.parseInt(copyright.group(1)));
        assertThat(date).isBeforeOrEqualTo(LocalDate.now());
        // the rule picks the weekday of publication among the weekdays the text names
        assertThat(article.get("text").asText()).contains(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }

    private static String strip(String s, String chars) {
        int b = 0;
        int e = s.length();
        while (b < e && chars.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
