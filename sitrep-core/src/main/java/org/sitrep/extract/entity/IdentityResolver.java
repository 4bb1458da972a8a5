package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.kb.KbEntry;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.kb.NameKey;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

/**
 * Clusters an article's mentions into entities: one cluster per knowledge-base entry; people by
 * compatible full names ("George W. Bush" = "George Bush", never "Bill Clinton" = "Hillary Clinton");
 * a lone name token ("Merkel", "Clinton") joins the most recently mentioned person whose name contains
 * it (else the first later one, else a knowledge-base person with that unique surname); acronyms
 * join the organisation whose initials they spell. Places with several knowledge-base readings are
 * resolved by the countries the article mentions, then by population. Stateless and thread-safe.
 */
final class IdentityResolver {
    private static final Set<String> NOT_INITIALS = Set.of("of", "the", "and", "for", "&", "de", "du", "la", "le");

    private final Map<String, List<KbEntry>> peopleBySurname;

    IdentityResolver(List<KbEntry> entries) {
        Map<String, List<KbEntry>> bySurname = new HashMap<>();
        for (KbEntry e : entries) {
            if (e.type() == EntityType.PERSON) {
                String[] parts = e.name().split("\\s+");
                if (parts.length > 1) {
                    bySurname.computeIfAbsent(NameKey.of(parts[parts.length - 1]), k -> new ArrayList<>()).add(e);
                }
            }
        }
        this.peopleBySurname = Map.copyOf(bySurname);
    }

    List<Cluster> resolve(List<Candidate> candidates) {
        return new Run(candidates).resolve();
    }

    /** One article's resolution state. */
    private final class Run {
        private final List<Candidate> candidates;
        private final Map<String, Cluster> byKey = new HashMap<>();
        private final List<Cluster> clusters = new ArrayList<>();
        private final Map<String, List<Cluster>> peopleByToken = new HashMap<>();
        private final java.util.Set<String> personTokens = new java.util.HashSet<>();

        Run(List<Candidate> candidates) {
            this.candidates = candidates;
            for (Candidate c : candidates) {
                if (c.type() == EntityType.PERSON && c.tokens() > 1) {
                    personTokens.addAll(nameTokens(c.text()));
                }
            }
        }

        List<Cluster> resolve() {
            Map<String, Integer> countryCounts = countryContext(candidates);
            List<Candidate> loneTokens = new ArrayList<>();
            for (Candidate original : candidates) {
                Candidate c = original;
                KbEntry e = choose(c, countryCounts);
                if (e != null && e.type() == EntityType.LOCATION && c.tokens() == 1 && c.kind() == Mention.Kind.NAME
                        && personTokens.contains(NameKey.of(c.text()))) {
                    e = null; // "Washington" after "MaliVai Washington": the person, not the city
                    c = c.with(EntityType.PERSON, Mention.Kind.NAME, List.of());
                }
                if (e == null && c.tokens() == 1 && c.kind() == Mention.Kind.NAME
                        && (c.type() == EntityType.PERSON || c.fromNer() && c.type() != EntityType.COUNTRY)) {
                    loneTokens.add(c);
                    continue;
                }
                Cluster same = e == null && c.type() == EntityType.PERSON ? samePerson(c) : null;
                if (same != null) {
                    add(same, c);
                } else {
                    clusterFor(e != null ? e.id() : c.type() + ":" + NameKey.of(stripThe(c.text())), c, e);
                }
            }
            for (Candidate c : loneTokens) {
                Cluster target = personFor(c);
                if (target != null) {
                    add(target, c.type() == EntityType.PERSON ? c : c.with(EntityType.PERSON, Mention.Kind.NAME, List.of()));
                } else if (c.type() != EntityType.PERSON) {
                    clusterFor(c.type() + ":" + NameKey.of(stripThe(c.text())), c, null);
                } else {
                    KbEntry known = uniqueSurname(c.text());
                    clusterFor(known != null ? known.id() : "PERSON:" + NameKey.of(c.text()), c, known);
                }
            }
            mergeAcronyms(clusters);
            for (Cluster cl : clusters) {
                cl.mentions.sort(Comparator.comparingInt(Candidate::begin));
            }
            clusters.sort(Comparator.comparingInt(Cluster::firstBegin));
            return clusters;
        }

        private void clusterFor(String key, Candidate c, KbEntry e) {
            Cluster cl = byKey.get(key);
            if (cl == null) {
                cl = new Cluster(c, e);
                byKey.put(key, cl);
                clusters.add(cl);
                index(cl, c);
                if (e != null && e.type() == EntityType.PERSON) {
                    for (String t : nameTokens(e.name())) {
                        peopleByToken.computeIfAbsent(t, k -> new ArrayList<>()).add(cl);
                    }
                }
            } else {
                add(cl, c);
            }
        }

        private void add(Cluster cl, Candidate c) {
            cl.mentions.add(c);
            index(cl, c);
        }

        private void index(Cluster cl, Candidate c) {
            if (c.type() == EntityType.PERSON && c.tokens() > 1) {
                for (String t : nameTokens(c.text())) {
                    List<Cluster> list = peopleByToken.computeIfAbsent(t, k -> new ArrayList<>());
                    if (!list.contains(cl)) {
                        list.add(cl);
                    }
                }
            }
        }

        private Cluster samePerson(Candidate c) {
            List<String> mine = nameTokens(c.text());
            if (mine.size() < 2) {
                return null;
            }
            for (Cluster cl : peopleByToken.getOrDefault(mine.get(mine.size() - 1), List.of())) {
                for (Candidate m : cl.mentions) {
                    if (m.tokens() > 1 && compatibleNames(mine, nameTokens(m.text()))) {
                        return cl;
                    }
                }
            }
            return null;
        }

        /** The person cluster a lone name token refers to: the most recent compatible one, else the next. */
        private Cluster personFor(Candidate c) {
            Cluster recent = null;
            int recentAt = -1;
            Cluster next = null;
            int nextAt = Integer.MAX_VALUE;
            for (Cluster cl : peopleByToken.getOrDefault(NameKey.of(c.text()), List.of())) {
                int before = cl.lastMentionBefore(c.begin());
                if (before > recentAt) {
                    recentAt = before;
                    recent = cl;
                }
                if (before < 0 && cl.firstBegin() < nextAt) {
                    nextAt = cl.firstBegin();
                    next = cl;
                }
            }
            return recent != null ? recent : next;
        }
    }

    private static String stripThe(String s) {
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    private static Map<String, Integer> countryContext(List<Candidate> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.COUNTRY && !c.options().isEmpty()) {
                String code = c.options().get(0).entry().country();
                if (code != null) {
                    counts.merge(code, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The knowledge-base entry a candidate denotes, or null. */
    static KbEntry choose(Candidate c, Map<String, Integer> countryCounts) {
        return KnowledgeBase.best(c.options(), countryCounts).orElse(null);
    }

    private static List<String> nameTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String p : name.split("[\\s\\-]+")) {
            String k = NameKey.of(p);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** Same last name, same or initial-compatible first name, no conflicting middle names. */
    static boolean compatibleNames(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return false;
        }
        if (String.join("", a).equals(String.join("", b))) {
            return true;
        }
        if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        String fa = a.get(0);
        String fb = b.get(0);
        boolean firstOk = fa.equals(fb) || fa.length() == 1 && fb.startsWith(fa) || fb.length() == 1 && fa.startsWith(fb);
        if (!firstOk) {
            return false;
        }
        List<String> ma = a.subList(1, a.size() - 1);
        List<String> mb = b.subList(1, b.size() - 1);
        return ma.isEmpty() || mb.isEmpty() || ma.equals(mb);
    }

    private KbEntry uniqueSurname(String token) {
        List<KbEntry> people = peopleBySurname.getOrDefault(NameKey.of(token), List.of());
        return people.size() == 1 ? people.get(0) : null;
    }

    private static void mergeAcronyms(List<Cluster> clusters) {
        Map<String, Cluster> byInitials = new HashMap<>();
        for (Cluster cl : clusters) {
            if (cl.first().type() == EntityType.ORGANIZATION && !isAcronym(cl)) {
                byInitials.putIfAbsent(initials(cl.fullestName()), cl);
            }
        }
        clusters.removeIf(acr -> {
            if (acr.entry != null || acr.first().type() != EntityType.ORGANIZATION || !isAcronym(acr)) {
                return false;
            }
            Cluster full = byInitials.get(acr.first().text());
            if (full == null || full == acr) {
                return false;
            }
            full.mentions.addAll(acr.mentions);
            return true;
        });
    }

    private static boolean isAcronym(Cluster cl) {
        String t = cl.first().text();
        return t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.contains(" ");
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s\\-]+")) {
            if (!w.isEmpty() && !NOT_INITIALS.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }
}
