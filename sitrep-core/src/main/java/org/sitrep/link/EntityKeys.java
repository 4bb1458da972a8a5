package org.sitrep.link;

import java.text.Normalizer;
import java.util.Locale;
import org.sitrep.model.Entity;

/**
 * Cross-article identity of entities: the knowledge-base id when there is one, else the normalised
 * name with the type and country ("angela merkel|PERSON|DEU").
 */
public final class EntityKeys {
    private EntityKeys() {
    }

    public static String key(Entity e) {
        if (e.kbId() != null && !e.kbId().isBlank()) {
            return e.kbId();
        }
        return normalise(e.name()) + "|" + e.type().name() + "|" + (e.country() == null ? "" : e.country());
    }

    /** Lower case, accents and punctuation removed, spaces collapsed. */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s;
    }
}
