package org.sitrep.store;

import java.time.LocalDate;

/** How many events fall on a day. */
public record DayCount(LocalDate day, long events) {
}
