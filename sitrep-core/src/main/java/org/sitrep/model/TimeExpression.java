package org.sitrep.model;

import java.util.Objects;

/**
 * A time expression with its TIMEX3 value resolved against the publication date.
 *
 * @param value      TIMEX3 value (2023-09-15, 2023-W37, P4Y, PRESENT_REF, XXXX-XX-XX…)
 * @param beginPoint for ranges, the start value, else null
 * @param endPoint   for ranges, the end value, else null
 */
public record TimeExpression(String id, int begin, int end, String text, TimexType type, String value,
                             String beginPoint, String endPoint) implements java.io.Serializable {
    public TimeExpression {
        Objects.requireNonNull(id, "id");
        new Span(begin, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public Span span() {
        return new Span(begin, end);
    }
}
