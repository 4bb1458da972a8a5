package org.sitrep.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.sitrep.model.Analysis;
import org.sitrep.model.CleanArticle;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Entity;
import org.sitrep.model.Removal;
import org.sitrep.model.TimeExpression;

/** Renders an analysis as a readable brief for a person. Thread-safe (stateless). */
public final class TextBrief {
    private TextBrief() {
    }

    public static String render(Analysis a) {
        StringBuilder out = new StringBuilder();
        CleanArticle c = a.article();
        out.append(c.headline() == null ? "(no headline)" : c.headline()).append('\n');
        out.append(header(a)).append("\n");
        out.append(EventSections.mainEvent(a));
        out.append(EventSections.events(a));
        if (!a.entities().isEmpty()) {
            out.append("\nPEOPLE, ORGANISATIONS, PLACES\n");
            for (Entity e : a.entities()) {
                out.append(String.format(" %-28s %-12s %-4s %s%s%s%s%n", e.name(), e.type(), e.country() == null ? "" : e.country(),
                        e.roles().isEmpty() ? "" : String.join("; ", e.roles()) + " ",
                        e.mentions().size() == 1 ? "1 mention" : e.mentions().size() + " mentions",
                        e.sourceKind() == null ? "" : " · " + e.sourceKind().name().toLowerCase().replace('_', ' '),
                        e.lat() == null || e.lon() == null ? "" : String.format(java.util.Locale.ROOT, " · %.3f, %.3f", e.lat(), e.lon())));
            }
        }
        if (!a.times().isEmpty()) {
            StringJoiner j = new StringJoiner(" · ", "\nTIMES  ", "\n");
            for (TimeExpression t : a.times()) {
                j.add(t.text() + " = " + t.value());
            }
            out.append(j);
        }
        out.append(ClaimsAndSources.render(a));
        for (Diagnostic d : a.diagnostics()) {
            out.append(d.severity()).append(" [").append(d.stage()).append("] ").append(d.message()).append('\n');
        }
        return out.toString();
    }

    private static String header(Analysis a) {
        CleanArticle c = a.article();
        List<String> parts = new ArrayList<>();
        parts.add(c.publisher() == null ? "unknown publisher" : c.publisher());
        parts.add(c.published() == null ? "date unknown" : c.published() + " (" + c.publishedBasis().name().toLowerCase() + ")");
        parts.add(words(c.text()) + " words");
        if (!c.removed().isEmpty()) {
            StringJoiner r = new StringJoiner(", ", "removed: ", "");
            c.removed().stream().map(Removal::kind).distinct().forEach(k -> r.add(k.name().toLowerCase().replace('_', ' ')));
            parts.add(r.toString());
        }
        return String.join(" · ", parts);
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
