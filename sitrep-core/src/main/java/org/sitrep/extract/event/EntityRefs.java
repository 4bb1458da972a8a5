package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.NerMention;
import org.sitrep.model.Span;

/**
 * The entity mentions of one article as spans an argument can be matched against: the entity
 * extractor's entities when there are any, else the annotator's NER mentions (ids "n1", "n2"… in
 * text order, so that events can be tested without the entity stage). Per article, one thread.
 */
final class EntityRefs {
    /** One mention of an entity. */
    record Ref(String entity, Span span, String text, boolean place, boolean person, Mention.Kind kind) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "it", "its", "they",
            "them", "their", "we", "our", "me", "my", "you", "your");
    private static final Set<EntityType> PLACES = Set.of(EntityType.COUNTRY, EntityType.LOCATION, EntityType.FACILITY);
    private final List<Ref> refs;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Boolean> places = new HashMap<>();

    private EntityRefs(List<Ref> refs) {
        refs.sort(Comparator.comparing(Ref::span));
        this.refs = refs;
    }

    static EntityRefs of(ExtractionContext context) {
        List<Ref> refs = new ArrayList<>();
        EntityRefs out;
        if (!context.entities().isEmpty()) {
            for (Entity e : context.entities()) {
                boolean place = PLACES.contains(e.type());
                for (Mention m : e.mentions()) {
                    refs.add(new Ref(e.id(), m.span(), m.text(), place, e.type() == EntityType.PERSON, m.kind()));
                }
            }
            out = new EntityRefs(refs);
            for (Entity e : context.entities()) {
                out.names.put(e.id(), e.name());
                out.places.put(e.id(), PLACES.contains(e.type()));
            }
            return out;
        }
        List<NerMention> ner = new ArrayList<>(context.annotated().mentions());
        ner.sort(Comparator.comparing(NerMention::span));
        Map<String, String> idByText = new HashMap<>();
        for (NerMention m : ner) {
            if (!Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY")
                    .contains(m.type()) || PRONOUNS.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String id = idByText.computeIfAbsent(m.text(), t -> "n" + (idByText.size() + 1));
            boolean place = m.type().equals("LOCATION") || m.type().equals("COUNTRY") || m.type().equals("CITY")
                    || m.type().equals("STATE_OR_PROVINCE");
            refs.add(new Ref(id, m.span(), m.text(), place, m.type().equals("PERSON"), Mention.Kind.NAME));
        }
        out = new EntityRefs(refs);
        for (Ref r : refs) {
            out.names.putIfAbsent(r.entity(), r.text());
            out.places.putIfAbsent(r.entity(), r.place());
        }
        return out;
    }

    /** The mentions inside a span, in text order. */
    List<Ref> within(Span span) {
        List<Ref> out = new ArrayList<>(2);
        for (int k = firstAtOrAfter(span.begin()); k < refs.size(); k++) {
            Ref r = refs.get(k);
            if (r.span().begin() >= span.end()) {
                break;
            }
            if (span.contains(r.span())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The mention covering a token span, or null (looks back over at most 32 mentions: bounded). */
    Ref covering(Span token) {
        int end = firstAtOrAfter(token.begin() + 1);
        for (int k = end - 1; k >= 0 && k >= end - 32; k--) {
            if (refs.get(k).span().contains(token)) {
                return refs.get(k);
            }
        }
        return null;
    }

    /** The index of the first mention beginning at or after an offset (binary search). */
    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).span().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last person mentions before an offset, most recent first, distinct entities, at most n. */
    List<String> recentPersons(int before, int n) {
        List<String> out = new ArrayList<>(n);
        for (int k = firstAtOrAfter(before) - 1; k >= 0 && out.size() < n; k--) {
            Ref r = refs.get(k);
            if (r.span().end() <= before && r.person() && !out.contains(r.entity())) {
                out.add(r.entity());
            }
        }
        return out;
    }

    /** The entity of the last non-person mention in [from, before), as a list of at most one. */
    List<String> recentNonPerson(int from, int before) {
        for (int k = firstAtOrAfter(before) - 1; k >= 0 && refs.get(k).span().begin() >= from; k--) {
            Ref r = refs.get(k);
            if (r.span().end() <= before && !r.person()) {
                return List.of(r.entity());
            }
        }
        return List.of();
    }

    String name(String entity) {
        return names.getOrDefault(entity, entity);
    }

    boolean isPlace(String entity) {
        return places.getOrDefault(entity, false);
    }
}
