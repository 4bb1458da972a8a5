package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.Sitrep;
import org.sitrep.clean.NewsCleaner;
import org.sitrep.corenlp.CoreNlpBaseline;
import org.sitrep.extract.Extractors;
import org.sitrep.eval.bench.Benchmark;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench}: Sitrep's full analysis against CoreNLP's default English pipeline on the
 * same cleaned texts, in one run, as a table with ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks Sitrep against CoreNLP's default pipeline (tokenize,ssplit,pos,lemma,ner) on the same articles.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "A folder of articles (.txt, any depth).")
    Path data;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many articles (sorted by path).")
    int limit;

    @Option(names = "--threads", defaultValue = "1", description = "Threads for both engines.")
    int threads;

    @Option(names = "--warmup", defaultValue = "10", description = "Articles analysed before timing starts.")
    int warmup;

    @Option(names = "--no-baseline", description = "Skip the CoreNLP baseline.")
    boolean noBaseline;

    @Option(names = "--without", split = ",", description = "Extractors to leave out (by name, e.g. attribution), to measure what they cost.")
    List<String> without = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("sitrep bench: " + data + " is not a folder");
            return Main.USAGE;
        }
        List<RawArticle> raws = new ArrayList<>();
        Ingest ingest = new Ingest();
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.filter(Files::isRegularFile).filter(Inputs::isArticleFile).sorted().limit(limit).toList()) {
                ingest.read(p, raws::add);
            }
        }
        System.out.printf(Locale.ROOT, "%d articles from %s, %d thread(s)%n", raws.size(), data, threads);
        // Both engines see the same cleaned texts (cleaning needs no models, so Sitrep's load is timed below).
        NewsCleaner cleaner = new NewsCleaner();
        List<String> texts = raws.stream().map(r -> cleaner.clean(r, null).text()).toList();
        Benchmark.Result mine = Benchmark.run("sitrep", texts, threads, warmup, this::engine,
                (engine, text) -> {
                    engine.analyze(ingest.fromBytes("bench", text.getBytes(StandardCharsets.UTF_8), ContentFormat.TEXT));
                    return words(text);
                });
        List<Benchmark.Result> results = new ArrayList<>(List.of(mine));
        if (!noBaseline) {
            results.add(Benchmark.run("corenlp-default-ner", texts, threads, warmup, CoreNlpBaseline::defaultNer,
                    (engine, text) -> {
                        engine.annotate(text);
                        return words(text);
                    }));
        }
        print(results);
        return 0;
    }

    /** The default engine, or one without the extractors named by --without. */
    private Sitrep engine() {
        if (without.isEmpty()) {
            return Engines.standard();
        }
        return Sitrep.builder(Engines.standard().pipeline().annotator())
                .extractors(Extractors.defaults().stream().filter(e -> !without.contains(e.name())).toList()).build();
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static void print(List<Benchmark.Result> results) {
        System.out.printf(Locale.ROOT, "%-22s %9s %10s %12s %9s %12s %12s%n", "engine", "articles", "articles/s",
                "words/s", "load s", "model heap", "peak heap");
        for (Benchmark.Result r : results) {
            System.out.printf(Locale.ROOT, "%-22s %9d %10.2f %12.0f %9.1f %10d MB %10d MB%n", r.engine(), r.articles(),
                    r.articlesPerSecond(), r.tokensPerSecond(), r.loadMillis() / 1000.0, r.modelHeapBytes() >> 20,
                    r.peakHeapBytes() >> 20);
        }
        if (results.size() == 2) {
            System.out.printf(Locale.ROOT, "speed ratio sitrep / corenlp-default-ner: %.2fx%n",
                    results.get(0).articlesPerSecond() / results.get(1).articlesPerSecond());
        }
    }
}
