package org.sitrep.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShingleScorerTest {
    @Test
    void tokensAreRunsOfUnicodeWordCharactersAsPythonSeesThem() {
        assertThat(ShingleScorer.tokens("Fritz Eckart von Weizsäcker's 57-year-old snake_case ½ — ¿qué?"))
                .containsExactly("Fritz", "Eckart", "von", "Weizsäcker", "s", "57", "year", "old", "snake_case", "½", "qué");
        // Python's \\w has no combining marks: a decomposed accent splits the word.
        assertThat(ShingleScorer.tokens("cafe\u0301 au lait")).containsExactly("cafe", "au", "lait");
        assertThat(ShingleScorer.tokens("日本語のテキスト")).containsExactly("日本語のテキスト");
        assertThat(ShingleScorer.tokens("")).isEmpty();
    }

    @Test
    void perPageCountsOfFourTokenShingles() {
        // Case matters: only the second shingle is shared.
        ShingleScorer.PageScore cased = ShingleScorer.score("one two three four five", "One two three four five");
        assertThat(cased.tp()).isEqualTo(1);
        assertThat(cased.fp()).isEqualTo(1);
        assertThat(cased.fn()).isEqualTo(1);
        ShingleScorer.PageScore s = ShingleScorer.score("a b c d e f", "a b c d e f g");
        assertThat(s.tp()).isEqualTo(3);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isZero();
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isFalse();
        // Repeated shingles count as often as they occur.
        ShingleScorer.PageScore rep = ShingleScorer.score("x y z w", "x y z w. x y z w");
        assertThat(rep.tp()).isEqualTo(1);
        assertThat(rep.fp()).isEqualTo(4);
        // Fewer than four tokens: one shorter shingle.
        assertThat(ShingleScorer.score("short text", "short text").tp()).isEqualTo(1);
        assertThat(ShingleScorer.score("Same words, other punctuation!", "same words other punctuation").exact()).isFalse();
        assertThat(ShingleScorer.score("Same words, other punctuation!", "Same words\n\nother punctuation").exact()).isTrue();
    }

    @Test
    void pagesWeighEquallyAndEmptyPredictionsLeaveThePrecisionMean() {
        List<ShingleScorer.PageScore> pages = List.of(
                ShingleScorer.score("a b c d e f", "a b c d e f g"),   // P 0.75 R 1
                ShingleScorer.score("a b c d e f g h i j k l m n", ""),  // nothing predicted: R 0, no P
                ShingleScorer.score("p q r s", "p q r s"));            // P 1 R 1
        ShingleScorer.Summary s = ShingleScorer.summarise(pages);
        assertThat(s.precision()).isCloseTo((0.75 + 1) / 2, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * 0.875 * (2.0 / 3) / (0.875 + 2.0 / 3), within(1e-9));
        assertThat(s.accuracy()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void readsTheBenchmarkLayoutAndScoresStoredOutputs(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("output"));
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"The ferry will keep running for another year, the council said.\", \"url\": \"https://x.example/2021/03/04/ferry-keeps-running\"}}");
        Files.writeString(dir.resolve("output/wrapped.json"),
                "{\"version\": \"1\", \"output\": {\"p1\": {\"articleBody\": \"The ferry will keep running for another year, the council said.\"}}}");
        Files.writeString(dir.resolve("output/plain.json"), "{\"p1\": {\"articleBody\": \"Menu Home News\"}}");
        String html = "<html><head><title>Ferry keeps running</title><meta property=\"article:published_time\" content=\"2021-03-04\"></head>"
                + "<body><article><h1>Ferry keeps running</h1><p>The ferry will keep running for another year, the council said.</p>"
                + "<p>It carried more passengers last winter than in any year since the bridge opened, officials said on Thursday.</p>"
                + "<p>Residents of the northern bank, who use the boat to reach the hospital and the market, had collected signatures for months.</p>"
                + "</article></body></html>";
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            gz.write(html.getBytes(StandardCharsets.UTF_8));
        }
        ZyteBenchmark bench = ZyteBenchmark.open(dir);
        assertThat(bench.pages()).extracting(ZyteBenchmark.Page::id).containsExactly("p1");
        Map<String, Map<String, String>> others = bench.otherOutputs();
        assertThat(others).containsOnlyKeys("plain", "wrapped");
        ExtractionEvaluation.Report r = ExtractionEvaluation.run(bench,
                b -> new org.sitrep.ingest.html.ArticleHtmlExtractor().read("p1", b), 1);
        assertThat(r.sitrep().recall()).isEqualTo(1.0);
        assertThat(r.sitrep().precision()).isBetween(0.1, 0.5);
        assertThat(r.others().get("wrapped").f1()).isEqualTo(1.0);
        assertThat(r.others().get("plain").f1()).isZero();
        assertThat(r.meta().dateRight()).isEqualTo(1);
        assertThat(r.meta().headlineRight()).isEqualTo(1);
    }
}
