package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar point a text last named (TimeML's "reference time" of narrative): "the following
 * year" after "May 22, 1995" is 1996, "later that year" after "June 1998" is 1998. Kept with how
 * precise it is, so that "the next day" never counts from a bare year.
 */
record Reference(LocalDate date, Granularity granularity) {
    /** How precisely a value names its point, coarse to fine. */
    enum Granularity { YEAR, QUARTER, MONTH, DAY }

    private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-Q([1-4]))?(?:T.*)?");

    /** The point a DATE or TIME value names, or null for values that name none (PAST_REF, 199, XXXX-…). */
    static Reference of(String value) {
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            return new Reference(LocalDate.of(year, 3 * Integer.parseInt(m.group(4)) - 2, 1), Granularity.QUARTER);
        }
        if (m.group(2) == null) {
            return new Reference(LocalDate.of(year, 1, 1), Granularity.YEAR);
        }
        int month = Integer.parseInt(m.group(2));
        return m.group(3) == null ? new Reference(LocalDate.of(year, month, 1), Granularity.MONTH)
                : new Reference(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Granularity.DAY);
    }

    /** Whether this point is precise enough to count units of the given kind (Y, Q, M, W, D, or a part of day) from. */
    boolean supports(String unit) {
        Granularity needed = switch (unit) {
            case "Y" -> Granularity.YEAR;
            case "Q" -> Granularity.QUARTER;
            case "M" -> Granularity.MONTH;
            default -> Granularity.DAY;
        };
        return granularity.compareTo(needed) >= 0 && !(needed == Granularity.MONTH && granularity == Granularity.QUARTER);
    }
}
