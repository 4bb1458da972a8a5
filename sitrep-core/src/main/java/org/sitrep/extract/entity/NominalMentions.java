package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

/**
 * Adds NOMINAL mentions: "the Iranian president" when exactly one person of the article holds
 * that role of two or more words and the phrase is not a title right before a name. Stateless.
 */
final class NominalMentions {
    private NominalMentions() {
    }

    static List<Entity> add(List<Entity> entities, String text, int maxRoles) {
        Map<String, Integer> holders = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                e.roles().stream().map(r -> r.toLowerCase(Locale.ROOT)).distinct().forEach(r -> holders.merge(r, 1, Integer::sum));
            }
        }
        List<int[]> taken = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                for (Mention m : e.mentions()) {
                    taken.add(new int[] {m.begin(), m.end()});
                }
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        int searched = 0;
        for (Entity e : entities) {
            List<Mention> added = new ArrayList<>();
            if (e.type() == EntityType.PERSON) {
                for (String role : e.roles()) {
                    if (role.split("\\s+").length < 2 || holders.get(role.toLowerCase(Locale.ROOT)) != 1 || searched++ >= maxRoles) {
                        continue;
                    }
                    Matcher m = Pattern.compile("\\bthe " + Pattern.quote(role) + "\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
                    while (m.find()) {
                        if (!overlapsOrPrecedesName(m.start(), m.end(), taken, text)) {
                            added.add(new Mention(m.start(), m.end(), m.group(), Mention.Kind.NOMINAL));
                        }
                    }
                }
            }
            if (added.isEmpty()) {
                out.add(e);
                continue;
            }
            List<Mention> all = new ArrayList<>(e.mentions());
            all.addAll(added);
            all.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
            out.add(new Entity(e.id(), e.name(), e.type(), e.country(), e.kbId(), e.wikidata(), e.sector(), e.actorCode(),
                    e.sourceKind(), e.roles(), e.lat(), e.lon(), all));
        }
        return out;
    }

    private static boolean overlapsOrPrecedesName(int b, int e, List<int[]> taken, String text) {
        int next = e;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        for (int[] t : taken) {
            if (t[0] < e && b < t[1] || t[0] == next) {
                return true;
            }
        }
        return false;
    }
}
