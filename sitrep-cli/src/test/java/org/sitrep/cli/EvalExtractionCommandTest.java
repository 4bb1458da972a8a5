package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep eval extraction} on a two-page benchmark folder made up for the test. */
class EvalExtractionCommandTest {
    private static final String P1 = "The ferry will keep running for another year, the council said on Tuesday after a long debate.";
    private static final String P2 = "Residents of the northern bank, who use the boat to reach the hospital and the market, had collected signatures for months.";

    private static void page(Path dir, String id, String body) throws IOException {
        String html = "<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a></nav><article><p>" + body
                + "</p><p>" + P2 + "</p></article><footer>Contact us</footer></body></html>";
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void printsJsonScoresAndWritesPredictions(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("output"));
        page(dir, "a", P1);
        page(dir, "b", P1);
        Files.writeString(dir.resolve("ground-truth.json"), "{\"a\": {\"articleBody\": \"" + P1 + "\\n\\n" + P2
                + "\"}, \"b\": {\"articleBody\": \"" + P1 + "\\n\\n" + P2 + "\"}}");
        Files.writeString(dir.resolve("output/other.json"), "{\"version\": \"0\", \"output\": {\"a\": {\"articleBody\": \"" + P1
                + "\"}, \"b\": {\"articleBody\": \"\"}}}");
        Path predictions = dir.resolve("pred.json");
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run("eval", "extraction", "--data", dir.toString(), "--json", "--passes", "1",
                    "--predictions", predictions.toString());
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8));
        assertThat(json.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(json.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("pagesPerSecond").asDouble()).isPositive();
        assertThat(json.at("/others/other/recall").asDouble()).isBetween(0.1, 0.4);
        JsonNode pred = new ObjectMapper().readTree(predictions.toFile());
        assertThat(pred.at("/a/articleBody").asText()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void aFolderWithoutGroundTruthIsAUsageError(@TempDir Path dir) {
        assertThat(CliRun.of("eval", "extraction", "--data", dir.toString()).exit()).isEqualTo(Main.USAGE);
    }
}
