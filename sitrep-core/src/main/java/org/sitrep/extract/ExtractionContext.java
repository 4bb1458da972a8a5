package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Attribution;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.MainEvent;
import org.sitrep.model.TimeExpression;

/**
 * The per-article working state of extraction: the annotated text and the facts found so far.
 * Confined to one thread; each extractor replaces the list it produces.
 */
public final class ExtractionContext {
    private final AnnotatedText annotated;
    private List<TimeExpression> times = List.of();
    private List<Entity> entities = List.of();
    private List<Attribution> attributions = List.of();
    private List<Event> events = List.of();
    private MainEvent mainEvent;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public ExtractionContext(AnnotatedText annotated) {
        this.annotated = Objects.requireNonNull(annotated, "annotated");
    }

    public AnnotatedText annotated() {
        return annotated;
    }

    public CleanArticle article() {
        return annotated.article();
    }

    public String text() {
        return annotated.text();
    }

    /** The publication date, or null when unknown. */
    public LocalDate published() {
        return annotated.article().published();
    }

    public List<TimeExpression> times() {
        return times;
    }

    public void setTimes(List<TimeExpression> times) {
        this.times = List.copyOf(times);
    }

    public List<Entity> entities() {
        return entities;
    }

    public void setEntities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    public List<Attribution> attributions() {
        return attributions;
    }

    public void setAttributions(List<Attribution> attributions) {
        this.attributions = List.copyOf(attributions);
    }

    public List<Event> events() {
        return events;
    }

    public void setEvents(List<Event> events) {
        this.events = List.copyOf(events);
    }

    public MainEvent mainEvent() {
        return mainEvent;
    }

    public void setMainEvent(MainEvent mainEvent) {
        this.mainEvent = mainEvent;
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    public void report(Diagnostic diagnostic) {
        diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
    }
}
