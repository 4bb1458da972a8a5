package org.sitrep.store.jdbc;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.store.DayCount;

/** Which days a detailed timeline needs to read, from the per-day event counts. */
final class TimelineWindow {
    private TimelineWindow() {
    }

    /**
     * The last day (counts in day order) whose events are shown when each day shows at most
     * {@code perDay} events and all days together at most {@code limit}; null when nothing is shown.
     */
    static LocalDate lastDay(List<DayCount> counts, int perDay, int limit) {
        long shown = 0;
        LocalDate last = null;
        for (DayCount c : counts) {
            if (shown >= limit || c.day() == null) {
                break;
            }
            shown += Math.min(perDay, c.events());
            last = c.day();
        }
        return last;
    }
}
