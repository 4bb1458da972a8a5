package org.sitrep.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.html.ArticleHtmlExtractor;
import org.sitrep.ingest.html.HtmlArticle;
import org.sitrep.testing.SharedData;

/**
 * The extractor on a few real benchmark pages (every 10th page of the Zyte benchmark in
 * ../shared/eval; skipped when absent). The full figure is {@code sitrep eval extraction}.
 */
class BenchmarkPagesTest {
    @Test
    void everyTenthBenchmarkPageIsExtractedWell() throws IOException {
        Path dir = SharedData.require("eval/article_extraction/ground-truth.json").getParent();
        ZyteBenchmark bench = ZyteBenchmark.open(dir);
        ArticleHtmlExtractor extractor = new ArticleHtmlExtractor();
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        for (int i = 0; i < bench.pages().size(); i += 10) {
            ZyteBenchmark.Page page = bench.pages().get(i);
            HtmlArticle a = extractor.read(page.id(), bench.html(page.id()));
            assertThat(a.paragraphs()).as(page.url()).isNotEmpty();
            scores.add(ShingleScorer.score(page.articleBody(), a.body()));
        }
        ShingleScorer.Summary s = ShingleScorer.summarise(scores);
        assertThat(s.f1()).as("F1 on %d pages", s.pages()).isGreaterThan(0.93);
        assertThat(s.precision()).isGreaterThan(0.92);
    }
}
