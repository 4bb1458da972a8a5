package org.sitrep.model;

/** Who denied an event, and through which attribution (either may be null, not both). */
public record Denial(String entity, String attribution) implements java.io.Serializable {
    public Denial {
        if (entity == null && attribution == null) {
            throw new IllegalArgumentException("a denial needs an entity or an attribution");
        }
    }
}
