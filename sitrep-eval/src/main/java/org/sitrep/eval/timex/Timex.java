package org.sitrep.eval.timex;

import java.util.Objects;

/** A TIMEX3 as scored: its character span, type (DATE, TIME, DURATION, SET) and value. */
public record Timex(int begin, int end, String type, String value) {
    public Timex {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
        Objects.requireNonNull(type, "type");
        value = value == null ? "" : value;
    }

    boolean overlaps(Timex o) {
        return begin < o.end && o.begin < end;
    }

    int overlap(Timex o) {
        return Math.max(0, Math.min(end, o.end) - Math.max(begin, o.begin));
    }
}
