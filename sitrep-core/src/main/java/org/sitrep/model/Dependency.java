package org.sitrep.model;

import java.util.Objects;

/**
 * A dependency arc between tokens of one sentence, by sentence-local token index; {@code governor}
 * is -1 for the root.
 */
public record Dependency(int governor, int dependent, String relation) implements java.io.Serializable {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (dependent < 0 || governor < -1) {
            throw new IllegalArgumentException("bad arc " + governor + " -> " + dependent);
        }
    }
}
