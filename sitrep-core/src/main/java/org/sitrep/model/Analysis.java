package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * The analysis of one article: everything the output schema describes, as immutable facts.
 * {@code corpus} is present only for an article read from a store.
 */
public record Analysis(String schemaVersion, CleanArticle article, List<Entity> entities, List<TimeExpression> times,
                       List<Attribution> attributions, List<Event> events, MainEvent mainEvent,
                       List<Diagnostic> diagnostics, Provenance provenance, CorpusLinks corpus) {
    public static final String SCHEMA_VERSION = "1";

    public Analysis {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        attributions = List.copyOf(attributions);
        events = List.copyOf(events);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** An analysis outside a store (no corpus links). */
    public Analysis(String schemaVersion, CleanArticle article, List<Entity> entities, List<TimeExpression> times,
                    List<Attribution> attributions, List<Event> events, MainEvent mainEvent,
                    List<Diagnostic> diagnostics, Provenance provenance) {
        this(schemaVersion, article, entities, times, attributions, events, mainEvent, diagnostics, provenance, null);
    }

    /** The same analysis with the corpus links of a store (null removes them). */
    public Analysis withCorpus(CorpusLinks links) {
        return new Analysis(schemaVersion, article, entities, times, attributions, events, mainEvent, diagnostics,
                provenance, links);
    }

    /** True when an ERROR diagnostic stopped the analysis before extraction. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
