package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs through {@code sitrep analyze}: each gets a diagnostic or a clear error naming the
 * file, the other articles are still analysed, nothing hangs. Uses the SimpleAnnotator (the model
 * does not matter here).
 */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Ministers meet in Brussels\n\nThe ministers of the union met on Monday in "
            + "Brussels to discuss the budget, the chair said. They will meet again next month.\n";

    @TempDir
    Path dir;

    @BeforeAll
    static void simple() {
        System.setProperty("sitrep.annotator", "simple");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("sitrep.annotator");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                list.add(JSON.readTree(l));
            }
        }
        return list;
    }

    private static String diagnostics(JsonNode analysis) {
        return analysis.get("diagnostics").toString();
    }

    @Test
    void emptyFileIsAnErrorDiagnosticNamingIt() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("analyze", empty.toString(), good.toString(), "--format", "jsonl");
        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(2);
        assertThat(diagnostics(out.get(0))).contains("ERROR").contains("empty.txt").contains("empty");
        assertThat(out.get(1).get("article").get("headline").asText()).isEqualTo("Ministers meet in Brussels");
    }

    @Test
    void binaryJunkIsNotText() throws Exception {
        byte[] junk = new byte[100_000];
        new Random(7).nextBytes(junk);
        Path bin = write("junk.txt", junk);
        CliRun run = CliRun.of("analyze", bin.toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        JsonNode a = JSON.readTree(run.out());
        assertThat(diagnostics(a)).contains("ERROR").contains("junk.txt").contains("not text");
        assertThat(a.get("article").get("text").asText()).isEmpty();
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning() throws Exception {
        byte[] latin = "Caf\u00e9 owners protest\n\nThe caf\u00e9 owners of the city protested on Tuesday against the new tax, their association said."
                .getBytes(StandardCharsets.ISO_8859_1);
        Path p = write("latin.txt", latin);
        CliRun run = CliRun.of("analyze", p.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.get("article").get("headline").asText()).isEqualTo("Caf\u00e9 owners protest");
        assertThat(diagnostics(a)).contains("WARNING").contains("not valid UTF-8").contains("windows-1252");
    }

    @Test
    void aFiftyMegabyteFileIsReadOnlyInPart() throws Exception {
        Path big = dir.resolve("big.txt");
        try (OutputStream o = Files.newOutputStream(big)) {
            o.write("A very long report\n\n".getBytes(StandardCharsets.UTF_8));
            long written = 0;
            for (int i = 0; written < 50L << 20; i++) {
                byte[] para = ("Paragraph " + i + ": the committee met again on Monday and discussed the same budget line. "
                        .repeat(5) + "\n\n").getBytes(StandardCharsets.UTF_8);
                o.write(para);
                written += para.length;
            }
        }
        CliRun run = CliRun.of("analyze", big.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(diagnostics(a)).contains("big.txt").contains("only the first");
        assertThat(a.get("article").get("text").asText().length()).isLessThanOrEqualTo(org.sitrep.clean.NewsCleaner.MAX_TEXT_CHARS);
    }

    @Test
    void deeplyNestedHtmlIsBounded() throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>Nested page</title></head><body>");
        html.append("<div>".repeat(100_000)).append("<p>Deep text of the page, far down in the tree.</p>")
                .append("</div>".repeat(100_000)).append("</body></html>");
        Path p = write("nested.html", html.toString().getBytes(StandardCharsets.UTF_8));
        Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("analyze", p.toString(), good.toString(), "--format", "jsonl");
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(2);
        JsonNode page = out.get(0);
        // either the page was read, or it failed with a diagnostic naming it; never a crash
        assertThat(page.get("article").get("headline").asText().equals("Nested page")
                || diagnostics(page).contains("nested.html")).isTrue();
        assertThat(out.get(1).get("article").get("headline").asText()).isEqualTo("Ministers meet in Brussels");
    }

    @Test
    void aMissingFileAmongSeveralIsNamedAndTheOthersAreAnalysed() throws Exception {
        Path a = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Path missing = dir.resolve("missing.txt");
        Path b = write("b.txt", ARTICLE.replace("Brussels", "Luxembourg").getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("analyze", a.toString(), missing.toString(), b.toString(), "--format", "jsonl");
        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        assertThat(run.err()).contains("missing.txt").contains("no such file");
        assertThat(lines(run.out())).hasSize(2);
    }

    @Test
    void aNonEnglishArticleIsNotAnalysedAsEnglish() throws Exception {
        String german = "Minister besuchen Berlin\n\nDie Minister der Union haben sich am Montag in Berlin getroffen, "
                + "um über den Haushalt zu sprechen. Sie werden sich im nächsten Monat wieder treffen, wie die Vorsitzende sagte.";
        Path p = write("de.txt", german.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("analyze", p.toString(), "--format", "json");
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.get("article").get("language").asText()).isEqualTo("de");
        assertThat(diagnostics(a)).contains("'de'").contains("not English");
        assertThat(a.get("entities")).isEmpty();
    }

    @Test
    void jsonLinesWithABadLineGoOn() throws Exception {
        String jsonl = "{\"id\":\"x1\",\"title\":\"Ministers meet\",\"text\":\"The ministers met on Monday in Brussels, the chair said.\"}\n"
                + "{not json\n"
                + "{\"id\":\"x3\",\"headline\":\"Talks end\",\"body\":\"The talks ended on Tuesday without an agreement, officials said.\","
                + "\"published\":\"2024-05-02\",\"source\":\"Example Wire\"}\n";
        Path p = write("batch.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("analyze", p.toString(), "--format", "jsonl");
        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        List<JsonNode> out = lines(run.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("article").get("id").asText()).isEqualTo("x1");
        assertThat(out.get(0).get("article").get("headline").asText()).isEqualTo("Ministers meet");
        assertThat(diagnostics(out.get(1))).contains("ERROR").contains("batch.jsonl:2");
        JsonNode third = out.get(2).get("article");
        assertThat(third.get("published").asText()).isEqualTo("2024-05-02");
        assertThat(third.get("publishedBasis").asText()).isEqualTo("METADATA");
        assertThat(third.get("publisher").asText()).isEqualTo("Example Wire");
    }

    @Test
    void standardInputIsSniffedForHtml() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Port reopens</title></head><body><h1>Port reopens</h1>"
                + "<p>The port reopened on Wednesday after a week of strikes, the harbour authority said.</p>"
                + "<p>Dock workers returned to their shifts in the morning and the first container ships were unloaded"
                + " by noon, according to the operators of the largest terminal.</p></body></html>";
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("analyze", "-", "--format", "json");
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode a = JSON.readTree(run.out()).get("article");
            assertThat(a.get("headline").asText()).isEqualTo("Port reopens");
            assertThat(a.get("text").asText()).contains("The port reopened on Wednesday").doesNotContain("<p>");
        } finally {
            System.setIn(saved);
        }
    }
}
