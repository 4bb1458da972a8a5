package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A coded event: who did what to whom, where, when, how certain, according to whom.
 *
 * @param type        PLOVER 2021 type, STATEMENT or OTHER
 * @param actors      entity ids
 * @param targets     entity ids
 * @param location    entity id or null
 * @param time        id of the time expression that dates it, or null
 * @param attribution id of the innermost attribution it is reported under, or null
 */
public record Event(String id, String type, String mode, String cameo, TextSpan trigger, List<String> actors,
                    List<String> targets, String location, String time, EventDate date, Factuality factuality,
                    String attribution, List<Denial> deniedBy, double confidence, Span evidence) implements java.io.Serializable {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(evidence, "evidence");
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        deniedBy = List.copyOf(deniedBy);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
