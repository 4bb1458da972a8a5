package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.eval.extraction.ExtractionEvaluation;
import org.sitrep.eval.extraction.ShingleScorer;
import org.sitrep.eval.extraction.ZyteBenchmark;
import org.sitrep.ingest.html.ArticleHtmlExtractor;
import org.sitrep.ingest.html.ExtractionRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep eval extraction}: article-body extraction on the Zyte benchmark layout, scored with
 * the benchmark's own metric, next to the other extractors' stored outputs scored by the same code.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Scores Sitrep's HTML article extraction on the Zyte benchmark layout (html/*.html.gz, ground-truth.json, output/*.json).")
public final class EvalExtractionCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "The benchmark folder.")
    Path data;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--predictions", description = "Write Sitrep's bodies to this file as {page: {\"articleBody\": …}}.")
    Path predictions;

    @Option(names = "--pages", description = "Also list every page's precision, recall and F1 (worst first).")
    boolean perPage;

    @Option(names = "--without", description = "Switch a rule off (repeatable): ${COMPLETION-CANDIDATES}.")
    List<ExtractionRule> without = new ArrayList<>();

    @Option(names = "--with", description = "Switch a rule on that is off by default (repeatable).")
    List<ExtractionRule> with = new ArrayList<>();

    @Option(names = "--ablation", description = "Also score with each rule switched off in turn.")
    boolean ablation;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes over the pages (speed figure).")
    int passes;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve("ground-truth.json"))) {
            System.err.println("sitrep eval extraction: " + data + " has no ground-truth.json (expected the Zyte benchmark layout)");
            return Main.USAGE;
        }
        ZyteBenchmark bench = ZyteBenchmark.open(data);
        Set<ExtractionRule> rules = ExtractionRule.defaults();
        rules.addAll(with);
        without.forEach(rules::remove);
        ArticleHtmlExtractor extractor = new ArticleHtmlExtractor(rules);
        ExtractionEvaluation.Report report = ExtractionEvaluation.run(bench, b -> extractor.read("page", b), passes);
        if (predictions != null) {
            writePredictions(report);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode ablations = mapper.createObjectNode();
        if (ablation) {
            for (ExtractionRule r : rules) {
                Set<ExtractionRule> fewer = EnumSet.copyOf(rules);
                fewer.remove(r);
                ArticleHtmlExtractor x = new ArticleHtmlExtractor(fewer);
                ShingleScorer.Summary s = ExtractionEvaluation.run(bench, b -> x.read("page", b), 0).sitrep();
                ablations.set(r.name(), scores(mapper, s).put("deltaF1", s.f1() - report.sitrep().f1()));
            }
        }
        if (json) {
            ObjectNode root = scores(mapper, report.sitrep());
            root.put("pagesPerSecond", round(report.pagesPerSecond()));
            root.put("pagesPerCpuSecond", round(report.pagesPerCpuSecond()));
            ObjectNode others = root.putObject("others");
            report.others().forEach((name, s) -> others.set(name, scores(mapper, s)));
            ExtractionEvaluation.MetaChecks m = report.meta();
            ObjectNode meta = root.putObject("metadata");
            meta.put("datePages", m.datePages()).put("dateRight", m.dateRight()).put("dateFound", m.dateFound())
                    .put("headlinePages", m.headlinePages()).put("headlineRight", m.headlineRight())
                    .put("headlineFound", m.headlineFound());
            if (ablation) {
                root.set("ablation", ablations);
            }
            System.out.println(mapper.writeValueAsString(root));
        } else {
            printTable(report);
            if (ablation) {
                System.out.println();
                System.out.printf(Locale.ROOT, "%-20s %9s %9s %9s %9s%n", "without rule", "precision", "recall", "f1", "Δf1");
                ablations.fields().forEachRemaining(e -> System.out.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %+9.4f%n",
                        e.getKey(), e.getValue().get("precision").asDouble(), e.getValue().get("recall").asDouble(),
                        e.getValue().get("f1").asDouble(), e.getValue().get("deltaF1").asDouble()));
            }
            if (perPage) {
                List<ExtractionEvaluation.PageResult> worst = new ArrayList<>(report.pages());
                worst.sort(Comparator.comparingDouble(r -> r.score().f1()));
                System.out.println();
                for (ExtractionEvaluation.PageResult r : worst) {
                    System.out.printf(Locale.ROOT, "%.3f P%.3f R%.3f %s %s%n", r.score().f1(), r.score().precision(),
                            r.score().recall(), r.id().substring(0, 12), r.url());
                }
            }
        }
        return 0;
    }

    private void writePredictions(ExtractionEvaluation.Report report) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        for (ExtractionEvaluation.PageResult r : report.pages()) {
            root.putObject(r.id()).put("articleBody", r.article().body());
        }
        mapper.writeValue(predictions.toFile(), root);
    }

    private static ObjectNode scores(ObjectMapper mapper, ShingleScorer.Summary s) {
        return mapper.createObjectNode().put("pages", s.pages()).put("precision", round(s.precision()))
                .put("recall", round(s.recall())).put("f1", round(s.f1())).put("accuracy", round(s.accuracy()));
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static void printTable(ExtractionEvaluation.Report report) {
        System.out.printf(Locale.ROOT, "%d pages; sitrep: %.1f pages/s wall clock, %.1f pages per CPU second (1 thread)%n%n",
                report.sitrep().pages(), report.pagesPerSecond(), report.pagesPerCpuSecond());
        System.out.printf(Locale.ROOT, "%-20s %9s %9s %9s %9s%n", "extractor", "precision", "recall", "f1", "accuracy");
        List<Map.Entry<String, ShingleScorer.Summary>> rows = new ArrayList<>(report.others().entrySet());
        rows.add(Map.entry("sitrep", report.sitrep()));
        rows.sort(Comparator.comparingDouble((Map.Entry<String, ShingleScorer.Summary> e) -> e.getValue().f1()).reversed());
        for (Map.Entry<String, ShingleScorer.Summary> e : rows) {
            ShingleScorer.Summary s = e.getValue();
            System.out.printf(Locale.ROOT, "%-20s %9.3f %9.3f %9.3f %9.3f%n", e.getKey().equals("sitrep") ? "sitrep *" : e.getKey(),
                    s.precision(), s.recall(), s.f1(), s.accuracy());
        }
        ExtractionEvaluation.MetaChecks m = report.meta();
        System.out.printf(Locale.ROOT, "%nheadline: found on %d/%d pages; matches the URL slug on %d/%d pages that have one%n",
                m.headlineFound(), report.sitrep().pages(), m.headlineRight(), m.headlinePages());
        System.out.printf(Locale.ROOT, "published date: found on %d/%d pages; within a day of the URL's date on %d/%d pages that state one%n",
                m.dateFound(), report.sitrep().pages(), m.dateRight(), m.datePages());
    }
}
