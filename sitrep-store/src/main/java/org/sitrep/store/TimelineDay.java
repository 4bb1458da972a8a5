package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/** One day of an entity's timeline: its events that day. */
public record TimelineDay(LocalDate day, List<EventRow> events) {
    public TimelineDay {
        events = List.copyOf(events);
    }
}
