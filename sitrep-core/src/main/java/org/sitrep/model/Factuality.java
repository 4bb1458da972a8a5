package org.sitrep.model;

import java.util.Objects;

/**
 * How certain an event is, per MEANTIME certainty and polarity, with its time relative to the
 * speech time and the unified factuality score in [-3, 3].
 */
public record Factuality(Certainty certainty, Polarity polarity, EventTime time, double score) implements java.io.Serializable {
    public enum Certainty { CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED }

    public enum Polarity { POS, NEG, UNDERSPECIFIED }

    public enum EventTime { PAST, PRESENT, FUTURE }

    public Factuality {
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(time, "time");
        if (score < -3 || score > 3 || Double.isNaN(score)) {
            throw new IllegalArgumentException("factuality score out of [-3, 3]: " + score);
        }
    }
}
