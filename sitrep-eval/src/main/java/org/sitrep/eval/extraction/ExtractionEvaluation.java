package org.sitrep.eval.extraction;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.ingest.html.HtmlArticle;

/**
 * Runs an HTML extractor over the benchmark's pages (single thread, after one untimed warm-up
 * pass; speed both per wall-clock second and per second of the thread's CPU time, which stays
 * meaningful on a loaded machine), scores its bodies with {@link ShingleScorer}, scores the other extractors' stored outputs
 * with the same code, and checks headlines and dates against what the page URLs state.
 */
public final class ExtractionEvaluation {
    private ExtractionEvaluation() {
    }

    /** One page's outcome. */
    public record PageResult(String id, String url, HtmlArticle article, ShingleScorer.PageScore score) {
    }

    /**
     * Headline and date checks against the URL.
     *
     * @param datePages     pages whose URL states a date
     * @param dateRight     of those, pages whose extracted date is within a day of it
     * @param dateFound     pages (of all) with any extracted date
     * @param headlinePages pages whose URL has a slug of 3+ words
     * @param headlineRight of those, pages whose extracted headline contains 70%+ of the slug's words
     * @param headlineFound pages (of all) with any extracted headline
     */
    public record MetaChecks(int datePages, int dateRight, int dateFound, int headlinePages, int headlineRight,
                             int headlineFound) {
    }

    /** Everything one run measured. */
    public record Report(ShingleScorer.Summary sitrep, double pagesPerSecond, double pagesPerCpuSecond, List<PageResult> pages,
                         Map<String, ShingleScorer.Summary> others, MetaChecks meta) {
    }

    /** Scores {@code extractor} (page id, page bytes → article) and the stored outputs. */
    public static Report run(ZyteBenchmark bench, Function<byte[], HtmlArticle> extractor, int timedPasses)
            throws IOException {
        List<ZyteBenchmark.Page> pages = bench.pages();
        List<byte[]> html = new ArrayList<>();
        for (ZyteBenchmark.Page p : pages) {
            html.add(bench.html(p.id()));
        }
        for (byte[] b : html) {
            extractor.apply(b);
        }
        List<HtmlArticle> articles = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int pass = 0; pass < Math.max(1, timedPasses); pass++) {
            articles.clear();
            for (byte[] b : html) {
                articles.add(extractor.apply(b));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double pagesPerSecond = pages.size() * (double) Math.max(1, timedPasses) / seconds;
        double pagesPerCpuSecond = pages.size() * (double) Math.max(1, timedPasses) / cpuSeconds;
        List<PageResult> results = new ArrayList<>();
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ZyteBenchmark.Page p = pages.get(i);
            ShingleScorer.PageScore s = ShingleScorer.score(p.articleBody(), articles.get(i).body());
            scores.add(s);
            results.add(new PageResult(p.id(), p.url(), articles.get(i), s));
        }
        Map<String, ShingleScorer.Summary> others = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> e : bench.otherOutputs().entrySet()) {
            List<ShingleScorer.PageScore> theirs = new ArrayList<>();
            for (ZyteBenchmark.Page p : pages) {
                theirs.add(ShingleScorer.score(p.articleBody(), e.getValue().getOrDefault(p.id(), "")));
            }
            others.put(e.getKey(), ShingleScorer.summarise(theirs));
        }
        return new Report(ShingleScorer.summarise(scores), pagesPerSecond, pagesPerCpuSecond, results, others, metaChecks(results));
    }

    static MetaChecks metaChecks(List<PageResult> results) {
        int datePages = 0;
        int dateRight = 0;
        int dateFound = 0;
        int headlinePages = 0;
        int headlineRight = 0;
        int headlineFound = 0;
        for (PageResult r : results) {
            LocalDate found = r.article().published();
            dateFound += found != null ? 1 : 0;
            headlineFound += r.article().headline() != null ? 1 : 0;
            LocalDate stated = UrlEvidence.date(r.url());
            if (stated != null) {
                datePages++;
                if (found != null && Math.abs(found.toEpochDay() - stated.toEpochDay()) <= 1) {
                    dateRight++;
                }
            }
            List<String> slug = UrlEvidence.slugWords(r.url());
            if (!slug.isEmpty()) {
                headlinePages++;
                if (UrlEvidence.headlineMatches(slug, r.article().headline())) {
                    headlineRight++;
                }
            }
        }
        return new MetaChecks(datePages, dateRight, dateFound, headlinePages, headlineRight, headlineFound);
    }
}
