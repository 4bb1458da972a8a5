package org.sitrep.model;

import java.util.Objects;

/** The resolved date of an event and what it rests on. */
public record EventDate(String value, Basis basis) implements java.io.Serializable {
    public enum Basis { TIME_EXPRESSION, PUBLICATION, CONTEXT, UNKNOWN }

    public static final EventDate UNKNOWN = new EventDate(null, Basis.UNKNOWN);

    public EventDate {
        Objects.requireNonNull(basis, "basis");
    }
}
