package org.sitrep;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.sitrep.annotate.Annotator;
import org.sitrep.clean.Cleaner;
import org.sitrep.clean.NewsCleaner;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Analysis;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Provenance;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.Pipeline;

/**
 * The facade every front end calls (CLI, REST, Spark): read articles, analyse them. Thread-safe:
 * one instance serves all threads; its heavy parts are loaded once and shared read-only.
 */
public final class Sitrep {
    /** The version of this build, from the packaged version resource. */
    public static final String VERSION = readVersion();

    private final Ingest ingest;
    private final Cleaner cleaner;
    private final Pipeline pipeline;

    private Sitrep(Builder b) {
        this.ingest = b.ingest;
        this.cleaner = b.cleaner;
        this.pipeline = Pipeline.of(b.annotator, b.extractors);
    }

    public static Builder builder(Annotator annotator) {
        return new Builder(annotator);
    }

    public Ingest ingest() {
        return ingest;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Cleans one article without annotating it (what {@link #analyze} starts with). */
    public CleanArticle clean(RawArticle raw, LocalDate givenPublished) {
        return cleaner.clean(Objects.requireNonNull(raw, "raw"), givenPublished);
    }

    /** Analyses one article; never throws for bad article data (it becomes diagnostics). */
    public Analysis analyze(RawArticle raw) {
        return analyze(raw, null);
    }

    /**
     * Analyses one article.
     *
     * @param givenPublished a publication date given by the user, which wins over all others, or null
     */
    public Analysis analyze(RawArticle raw, LocalDate givenPublished) {
        Objects.requireNonNull(raw, "raw");
        CleanArticle article = cleaner.clean(raw, givenPublished);
        List<Diagnostic> diagnostics = new ArrayList<>(raw.diagnostics());
        diagnostics.addAll(article.diagnostics());
        if (diagnostics.stream().anyMatch(d -> d.severity() == org.sitrep.model.Severity.ERROR)) {
            return empty(article, diagnostics);
        }
        if (article.language() != null && !article.language().equals("en")) {
            diagnostics.add(Diagnostic.warning("language", "the text looks like language '" + article.language()
                    + "', not English; it was not analysed as English"));
            return empty(article, diagnostics);
        }
        AnnotatedText annotated;
        try {
            annotated = pipeline.annotator().annotate(article);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.error("annotate", "annotation failed: " + e));
            return empty(article, diagnostics);
        }
        diagnostics.addAll(annotated.diagnostics());
        ExtractionContext context = pipeline.extract(annotated);
        diagnostics.addAll(context.diagnostics());
        return new Analysis(Analysis.SCHEMA_VERSION, article, context.entities(), context.times(),
                context.attributions(), context.events(), context.mainEvent(), diagnostics, provenance());
    }

    private Analysis empty(CleanArticle article, List<Diagnostic> diagnostics) {
        return new Analysis(Analysis.SCHEMA_VERSION, article, List.of(), List.of(), List.of(), List.of(), null,
                diagnostics, provenance());
    }

    private Provenance provenance() {
        return new Provenance(VERSION, pipeline.describe(), pipeline.annotator().models());
    }

    private static String readVersion() {
        try (InputStream in = Sitrep.class.getResourceAsStream("/org/sitrep/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** Builds a {@link Sitrep}; the default extractors and cleaner unless replaced. */
    public static final class Builder {
        private final Annotator annotator;
        private Ingest ingest = new Ingest();
        private Cleaner cleaner = new NewsCleaner();
        private List<Extractor> extractors = Extractors.defaults();

        private Builder(Annotator annotator) {
            this.annotator = Objects.requireNonNull(annotator, "annotator");
        }

        public Builder cleaner(Cleaner c) {
            this.cleaner = Objects.requireNonNull(c, "cleaner");
            return this;
        }

        public Builder ingest(Ingest i) {
            this.ingest = Objects.requireNonNull(i, "ingest");
            return this;
        }

        public Builder extractors(List<? extends Extractor> list) {
            this.extractors = List.copyOf(list);
            return this;
        }

        public Sitrep build() {
            return new Sitrep(this);
        }
    }
}
