package org.sitrep.extract.attribution;

import java.util.List;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.SourceKind;
import org.sitrep.model.Span;

/**
 * Links a source span to an entity by the overlap of the entity's mentions with the span: first a
 * mention over the span's head word ("China's official Xinhua News Agency" →
 * the agency, not the country), else a person or organisation mentioned in it ("a report
 * from the Interior Ministry" → the ministry). The kind of source is the entity's when it has one,
 * else the one its source nouns describe. Immutable over one article's entities.
 */
final class SourceResolver {
    /** A resolved source: the entity id (or null) and the kind (or null). */
    record Resolved(String entity, SourceKind kind) {
    }

    private final List<Entity> entities;
    private final Lexicon lexicon;

    SourceResolver(List<Entity> entities, Lexicon lexicon) {
        this.entities = entities;
        this.lexicon = lexicon;
    }

    Resolved resolve(Span source, Span head, String sourceText, String text) {
        List<Entity> coordinated = coordinated(source, text);
        if (coordinated.size() > 1) {
            // "Oslo and Stockholm denied …": the source is both; no one of them alone.
            SourceKind kind = coordinated.get(0).sourceKind();
            for (Entity e : coordinated) {
                kind = e.sourceKind() == kind ? kind : null;
            }
            return new Resolved(null, kind != null ? kind : lexicon.kindOf(sourceText));
        }
        Entity e = covering(head);
        if (e == null) {
            e = namedInside(source);
        }
        SourceKind kind = e != null && e.sourceKind() != null ? e.sourceKind() : lexicon.kindOf(sourceText);
        return new Resolved(e == null ? null : e.id(), kind);
    }

    /**
     * The distinct entities mentioned in the source one after another with nothing but "and", "or",
     * "&" or commas between them ("Oslo and Stockholm", "France, Germany and Italy"), in text order.
     */
    private List<Entity> coordinated(Span source, String text) {
        List<Mention> inside = new java.util.ArrayList<>();
        java.util.Map<Mention, Entity> owner = new java.util.HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (source.contains(m.span())) {
                    inside.add(m);
                    owner.put(m, e);
                }
            }
        }
        inside.sort(java.util.Comparator.comparingInt(Mention::begin));
        List<Entity> out = new java.util.ArrayList<>();
        Mention prev = null;
        for (Mention m : inside) {
            if (prev != null && m.begin() >= prev.end()) {
                String between = text.substring(prev.end(), m.begin()).strip();
                if (!between.matches("(,|,? ?(and|or|&))")) {
                    return List.of();
                }
            }
            if (prev == null || m.begin() >= prev.end()) {
                if (!out.contains(owner.get(m))) {
                    out.add(owner.get(m));
                }
                prev = m;
            }
        }
        return out.size() > 1 && source.begin() >= inside.get(0).begin() - 4 && source.end() <= prev.end() + 1 ? out : List.of();
    }

    private Entity covering(Span head) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(head)) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entity namedInside(Span source) {
        Entity best = null;
        int bestBegin = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (source.contains(m.span()) && m.kind() != Mention.Kind.DEMONYM && m.begin() > bestBegin) {
                    best = e;
                    bestBegin = m.begin();
                }
            }
        }
        return best;
    }
}
