package org.sitrep.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;

/**
 * Cross-article identity keys of events: "TYPE|actor keys|target keys" with entity identity keys
 * (sorted). An event with neither actors nor targets gets the empty key: it has no identity
 * across articles.
 */
public final class EventKeys {
    private EventKeys() {
    }

    public static String key(Event e, Map<String, Entity> entities) {
        if (e.actors().isEmpty() && e.targets().isEmpty()) {
            return "";
        }
        return e.type() + "|" + keys(e.actors(), entities) + "|" + keys(e.targets(), entities);
    }

    private static String keys(List<String> ids, Map<String, Entity> entities) {
        return ids.stream().map(id -> entities.containsKey(id) ? EntityKeys.key(entities.get(id)) : "?" + id)
                .sorted().distinct().collect(Collectors.joining(","));
    }

    /** The event's day: its date value when it names a day, else the fallback (publication day). */
    public static LocalDate day(Event e, LocalDate fallback) {
        String v = e.date().value();
        if (v != null && v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                return fallback;
            }
        }
        return fallback;
    }
}
