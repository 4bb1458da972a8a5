package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/** One day of an entity's timeline: its events that day and the articles published that day that mention it. */
public record TimelineDay(LocalDate day, List<EventRow> events, List<ArticleSummary> articles) {
    public TimelineDay {
        events = List.copyOf(events);
        articles = List.copyOf(articles);
    }
}
