package org.sitrep.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.Denial;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.MainEvent;

/** The MAIN EVENT block and the EVENTS table of the text brief. Stateless and thread-safe. */
final class EventSections {
    private EventSections() {
    }

    static String mainEvent(Analysis a) {
        MainEvent m = a.mainEvent();
        if (m == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("\nMAIN EVENT  ");
        b.append(m.who() == null ? "(someone)" : m.who()).append(" — ").append(m.what());
        if (m.where() != null) {
            b.append(" — in ").append(m.where());
        }
        b.append(" — ").append(m.when());
        Event e = a.events().stream().filter(v -> v.id().equals(m.event())).findFirst().orElse(null);
        if (e != null) {
            b.append(" — ").append(e.factuality().certainty()).append(", per ").append(chain(a, e.attribution()));
        }
        if (m.why() != null) {
            b.append("\n            why: ").append(m.why());
        }
        return b.append('\n').toString();
    }

    static String events(Analysis a) {
        if (a.events().isEmpty()) {
            return "";
        }
        Map<String, String> names = new HashMap<>();
        for (Entity e : a.entities()) {
            names.put(e.id(), e.name());
        }
        StringBuilder b = new StringBuilder("\nEVENTS\n");
        b.append(String.format(" %-10s  %-36s %-10s %-24s %-20s %-14s %s%n", "date", "actor → target", "type",
                "trigger / mode", "place", "certainty", "according to"));
        for (Event e : a.events()) {
            String who = join(e.actors(), names) + (e.targets().isEmpty() ? "" : " → " + join(e.targets(), names));
            String trigger = e.trigger().text() + (e.mode() == null ? "" : " / " + e.mode());
            String certainty = e.factuality().certainty() + (e.factuality().polarity() == org.sitrep.model.Factuality.Polarity.NEG ? " NOT" : "");
            b.append(String.format(" %-10s  %-36s %-10s %-24s %-20s %-14s %s%n",
                    e.date().value() == null ? "—" : e.date().value(), clip(who, 36), e.type(), clip(trigger, 24),
                    clip(e.location() == null ? "" : names.getOrDefault(e.location(), e.location()), 20), certainty,
                    chain(a, e.attribution())));
            if (!e.deniedBy().isEmpty()) {
                List<String> deniers = new ArrayList<>();
                for (Denial d : e.deniedBy()) {
                    deniers.add(d.entity() == null ? "a source" : names.getOrDefault(d.entity(), d.entity()));
                }
                b.append("             ⚠ contested: denied by ").append(String.join(", ", deniers)).append('\n');
            }
        }
        return b.toString();
    }

    /** "Publisher ← outer source ← inner source" for an attribution id (the publisher alone for null). */
    static String chain(Analysis a, String attribution) {
        Map<String, Attribution> byId = new HashMap<>();
        for (Attribution at : a.attributions()) {
            byId.put(at.id(), at);
        }
        List<String> sources = new ArrayList<>();
        Attribution at = byId.get(attribution);
        while (at != null && sources.size() < 10) {
            sources.add(0, at.sourceText() != null ? at.sourceText() : at.sourceKind() != null ? at.sourceKind().name() : "?");
            at = at.parent() == null ? null : byId.get(at.parent());
        }
        String publisher = a.article().publisher() == null ? "the article" : a.article().publisher();
        StringJoiner j = new StringJoiner(" ← ");
        j.add(publisher);
        sources.forEach(j::add);
        return j.toString();
    }

    private static String join(List<String> ids, Map<String, String> names) {
        if (ids.isEmpty()) {
            return "?";
        }
        StringJoiner j = new StringJoiner(", ");
        for (String id : ids) {
            j.add(names.getOrDefault(id, id));
        }
        return j.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
