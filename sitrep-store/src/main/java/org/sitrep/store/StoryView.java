package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/** A story: its articles (oldest first) and its events. */
public record StoryView(String id, LocalDate first, LocalDate last, List<ArticleSummary> articles, List<EventRow> events) {
    public StoryView {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }
}
