package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Capability;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Diagnostic;

/**
 * An annotator followed by extractors in order. Built once: {@link #of} checks that every
 * extractor's requirements are provided by the annotator or an earlier extractor. Thread-safe when
 * its parts are (they are required to be).
 */
public final class Pipeline {
    private final Annotator annotator;
    private final List<Extractor> extractors;

    private Pipeline(Annotator annotator, List<Extractor> extractors) {
        this.annotator = annotator;
        this.extractors = List.copyOf(extractors);
    }

    /**
     * Builds a pipeline.
     *
     * @throws IllegalArgumentException naming the extractor and the missing capabilities when the
     *                                  order cannot work
     */
    public static Pipeline of(Annotator annotator, List<? extends Extractor> extractors) {
        Objects.requireNonNull(annotator, "annotator");
        Set<Capability> available = EnumSet.noneOf(Capability.class);
        available.addAll(annotator.provides());
        for (Extractor e : extractors) {
            Set<Capability> missing = EnumSet.copyOf(e.requires().isEmpty() ? EnumSet.noneOf(Capability.class) : e.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("extractor '" + e.name() + "' needs " + missing
                        + " which neither the annotator (" + annotator.description() + ") nor an earlier extractor provides");
            }
            available.addAll(e.produces());
        }
        return new Pipeline(annotator, new ArrayList<>(extractors));
    }

    public Annotator annotator() {
        return annotator;
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    /** Runs the extractors over an annotated text; an extractor that throws becomes an ERROR diagnostic. */
    public ExtractionContext extract(AnnotatedText annotated) {
        ExtractionContext context = new ExtractionContext(annotated);
        for (Extractor e : extractors) {
            try {
                e.extract(context);
            } catch (RuntimeException | StackOverflowError ex) {
                context.report(Diagnostic.error(e.name(), "extraction failed: " + ex));
            }
        }
        return context;
    }

    /** "annotator description | extractor, extractor, …" for provenance. */
    public String describe() {
        return annotator.description() + " | " + extractors.stream().map(Extractor::name).collect(Collectors.joining(","));
    }
}
