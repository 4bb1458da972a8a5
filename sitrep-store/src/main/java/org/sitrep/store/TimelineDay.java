package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of an entity's timeline: its best-sourced events that day (a few), how many events it
 * has that day in all, and the articles published that day that mention it.
 */
public record TimelineDay(LocalDate day, List<EventRow> events, List<ArticleSummary> articles, long eventCount) {
    public TimelineDay {
        events = List.copyOf(events);
        articles = List.copyOf(articles);
        eventCount = Math.max(eventCount, events.size());
    }

    /** A day whose shown events are all its events. */
    public TimelineDay(LocalDate day, List<EventRow> events, List<ArticleSummary> articles) {
        this(day, events, articles, events.size());
    }
}
