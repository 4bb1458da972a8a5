package org.sitrep.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Analysis;
import org.sitrep.model.Attribution;
import org.sitrep.model.Entity;

/**
 * The CLAIMS AND SOURCES section of the text brief: each claim with its chain of sources, the
 * article's publisher outermost, e.g. {@code Reuters ← Kyodo (wire service, JPN) ← a Japanese
 * government official}. Stateless.
 */
final class ClaimsAndSources {
    private static final int CLAIM_WIDTH = 50;
    private static final int MAX_CHAIN = 8;

    private ClaimsAndSources() {
    }

    static String render(Analysis a) {
        if (a.attributions().isEmpty()) {
            return "";
        }
        Map<String, Attribution> byId = new HashMap<>();
        a.attributions().forEach(x -> byId.put(x.id(), x));
        Map<String, Entity> entities = new HashMap<>();
        a.entities().forEach(e -> entities.put(e.id(), e));
        StringBuilder out = new StringBuilder("\nCLAIMS AND SOURCES\n");
        for (Attribution x : a.attributions()) {
            List<String> chain = new ArrayList<>();
            for (Attribution p = x; p != null && chain.size() < MAX_CHAIN; p = p.parent() == null ? null : byId.get(p.parent())) {
                chain.add(0, label(p, entities));
            }
            if (a.article().publisher() != null) {
                chain.add(0, a.article().publisher());
            }
            out.append(String.format(Locale.ROOT, " %-" + CLAIM_WIDTH + "s %s%n", claim(x), String.join(" ← ", chain)));
        }
        return out.toString();
    }

    private static String claim(Attribution x) {
        String t = x.content().text().replaceAll("\\s+", " ").strip();
        if (x.direct() && !t.startsWith("“") && !t.startsWith("\"")) {
            t = "“" + t + "”";
        }
        return t.length() > CLAIM_WIDTH ? t.substring(0, CLAIM_WIDTH - 2) + " …" : t;
    }

    private static String label(Attribution x, Map<String, Entity> entities) {
        Entity e = x.source() == null ? null : entities.get(x.source());
        String name = e != null ? e.name() : x.sourceText() == null ? "?" : x.sourceText().replaceAll("\\s+", " ").strip();
        List<String> notes = new ArrayList<>();
        if (x.sourceKind() != null) {
            notes.add(x.sourceKind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (e != null && e.country() != null) {
            notes.add(e.country());
        }
        return notes.isEmpty() ? name : name + " (" + String.join(", ", notes) + ")";
    }
}
