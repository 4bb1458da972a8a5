package org.sitrep.eval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.Sitrep;
import org.sitrep.annotate.Annotator;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.RawArticle;

/**
 * Where analysis time goes: the annotator versus each default extractor, timed in one process over
 * the same articles (robust to machine load, unlike two separate runs).
 * Usage: {@code ExtractorCost DIR [LIMIT]}.
 */
public final class ExtractorCost {
    private ExtractorCost() {
    }

    public static void main(String[] args) throws IOException, org.sitrep.ingest.IngestException {
        Path dir = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Annotator annotator = new CoreNlpAnnotator();
        Sitrep sitrep = Sitrep.builder(annotator).build();
        List<Extractor> extractors = Extractors.defaults();
        List<CleanArticle> articles = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
                List<RawArticle> raws = new ArrayList<>();
                sitrep.ingest().read(p, raws::add);
                raws.forEach(r -> articles.add(sitrep.clean(r, null)));
            }
        }
        long annotateNanos = 0;
        long[] extractNanos = new long[extractors.size()];
        for (int round = 0; round < 2; round++) { // round 0 warms up
            for (CleanArticle a : articles) {
                long t0 = System.nanoTime();
                AnnotatedText annotated = annotator.annotate(a);
                long t1 = System.nanoTime();
                ExtractionContext context = new ExtractionContext(annotated);
                for (int i = 0; i < extractors.size(); i++) {
                    long e0 = System.nanoTime();
                    extractors.get(i).extract(context);
                    if (round == 1) {
                        extractNanos[i] += System.nanoTime() - e0;
                    }
                }
                if (round == 1) {
                    annotateNanos += t1 - t0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d articles; annotate %.1f ms/article%n", articles.size(),
                annotateNanos / 1e6 / articles.size());
        for (int i = 0; i < extractors.size(); i++) {
            System.out.printf(Locale.ROOT, "%-12s %.2f ms/article (%.1f%% of annotation)%n", extractors.get(i).name(),
                    extractNanos[i] / 1e6 / articles.size(), 100.0 * extractNanos[i] / annotateNanos);
        }
    }
}
