package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Finds an event's actors, targets, place and time expression in the dependency parse: subjects
 * (the agent of passives, the controller of xcomp complements, the shared subject of coordinated
 * verbs, the noun a relative clause modifies), objects and prepositional targets, possessors and
 * compound modifiers of nominal events, places and times attached to the trigger. Per sentence.
 */
final class Arguments {
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("to", "with", "against", "on", "into", "toward",
            "towards", "from", "for");
    private static final Set<String> NOUN_TARGET_PREPOSITIONS = Set.of("on", "against", "to", "with", "of", "into", "from",
            "between");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "inside", "to", "into", "outside");
    private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod", "advmod",
            "nmod:npmod", "obl:unmarked");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "his", "her", "hers");

    private final DependencyView v;
    private final EntityRefs refs;
    private final List<TimeExpression> times;

    Arguments(DependencyView v, EntityRefs refs, List<TimeExpression> times) {
        this.v = v;
        this.refs = refs;
        this.times = times;
    }

    /** The subject's entities (the agent for passives), following control and coordination. */
    List<String> actors(int i) {
        Set<String> out = new LinkedHashSet<>();
        if (v.isNoun(i)) {
            for (int c : v.children(i)) {
                if (v.is(c, "nmod:poss") || v.is(c, "compound") || (v.is(c, "nmod") && v.marker(c).equals("by"))) {
                    out.addAll(entities(c));
                }
            }
            return new ArrayList<>(out);
        }
        int j = i;
        for (int step = 0; step < 4 && j >= 0; step++) {
            int subject = subject(j);
            if (subject >= 0) {
                List<String> speaker = speaker(j, subject);
                if (!speaker.isEmpty()) {
                    out.addAll(speaker);
                } else if (v.is(subject, "obl")) {
                    out.addAll(entities(subject));
                } else {
                    for (int s : v.withConjuncts(subject)) {
                        out.addAll(entities(s));
                    }
                }
                break;
            }
            if (v.is(j, "acl:relcl") || v.is(j, "acl")) {
                out.addAll(entities(v.head(j)));
                break;
            }
            if (v.is(j, "xcomp") || v.is(j, "conj") || (v.is(j, "advcl") && v.marker(j).equals("to"))) {
                j = v.head(j);
                continue;
            }
            break;
        }
        return new ArrayList<>(out);
    }

    /**
     * "Syria says it will…", "farmers said they would…": a pronoun subject of a reported clause
     * is the speaker when the speaker is an entity and the pronoun names none itself.
     */
    private List<String> speaker(int clause, int subject) {
        if (!v.pos(subject).equals("PRP") || refs.covering(v.token(subject).span()) != null || !v.is(clause, "ccomp")) {
            return List.of();
        }
        int governor = v.head(clause);
        int s = governor < 0 ? -1 : v.child(governor, "nsubj");
        if (s < 0 || v.pos(s).equals("PRP")) {
            return List.of();
        }
        String w = v.word(subject);
        boolean personal = PERSON_PRONOUNS.contains(w);
        List<String> e = entities(s);
        if (e.isEmpty() || personal && e.stream().anyMatch(refs::isPlace)) {
            return List.of();
        }
        return e;
    }

    /** Whether the subject of i is coordinated or plural ("X and Y met", "the two met"). */
    boolean pluralSubject(int i) {
        int s = v.child(i, "nsubj");
        if (s < 0) {
            return false;
        }
        return v.withConjuncts(s).size() > 1 || v.word(s).equals("two") || v.word(s).equals("both")
                || v.pos(s).equals("NNS") || v.pos(s).equals("NNPS");
    }

    /** The agent (by-phrase) of a passive, else the subject, else -1. */
    private int subject(int j) {
        int by = -1;
        int subj = -1;
        for (int c : v.children(j)) {
            if (v.is(c, "obl") && v.marker(c).equals("by") && v.child(j, "aux:pass") >= 0) {
                by = c;
            } else if (v.relation(c).equals("nsubj") || v.is(c, "nsubj:pass") && controllerIsPassiveSubject(j)) {
                subj = subj < 0 ? c : subj;
            }
        }
        return by >= 0 ? by : subj;
    }

    /** "Kim is set to tour", "is expected to go": the passive subject of a raising verb controls. */
    private boolean controllerIsPassiveSubject(int j) {
        for (int c : v.children(j)) {
            if (v.is(c, "xcomp")) {
                return true;
            }
        }
        return false;
    }

    /** Objects and prepositional targets (the passive subject for passives). */
    List<String> targets(int i) {
        Set<String> out = new LinkedHashSet<>();
        boolean noun = v.isNoun(i);
        for (int c : v.children(i)) {
            String m = v.marker(c);
            if (!noun && (v.is(c, "obj") || v.is(c, "iobj") || v.is(c, "nsubj:pass") && !controllerIsPassiveSubject(i))) {
                List<String> direct = entities(c);
                if (direct.isEmpty()) {
                    direct = nestedEntities(c);
                }
                for (int k : v.withConjuncts(c)) {
                    out.addAll(k == c ? direct : entities(k));
                }
            } else if (!noun && v.is(c, "obl") && TARGET_PREPOSITIONS.contains(m)) {
                if (!placeOnly(c)) {
                    out.addAll(entities(c));
                }
            } else if (noun && v.is(c, "nmod") && NOUN_TARGET_PREPOSITIONS.contains(m)) {
                out.addAll(entities(c));
            }
        }
        return new ArrayList<>(out);
    }

    private boolean placeOnly(int c) {
        List<String> e = entities(c);
        return !e.isEmpty() && e.stream().allMatch(refs::isPlace) && v.marker(c).equals("to");
    }

    /** "an invitation from Kim": entities in the nmod of an object that names none itself. */
    private List<String> nestedEntities(int obj) {
        List<String> out = new ArrayList<>();
        for (int c : v.children(obj)) {
            if (v.is(c, "nmod") && Set.of("from", "of", "by", "to", "with").contains(v.marker(c))) {
                out.addAll(entities(c));
            }
        }
        return out;
    }

    /** The first place entity in an in/at/to argument (or the object of a visit), or null. */
    String location(int i, boolean visit) {
        for (int c : v.children(i)) {
            boolean prepositional = (v.is(c, "obl") || v.is(c, "nmod")) && PLACE_PREPOSITIONS.contains(v.marker(c));
            boolean visited = visit && v.is(c, "obj");
            if (prepositional || visited) {
                for (int t : sortedPhrase(c)) {
                    EntityRefs.Ref r = refs.covering(v.token(t).span());
                    if (r != null && r.place()) {
                        return r.entity();
                    }
                }
            }
        }
        return null;
    }

    private List<Integer> sortedPhrase(int c) {
        List<Integer> toks = v.phraseTokens(c);
        toks.sort(null);
        return toks;
    }

    /** The time expression attached to the trigger (an oblique, a temporal modifier), or null. */
    TimeExpression time(int i) {
        if (times.isEmpty()) {
            return null;
        }
        for (int c : v.children(i)) {
            if (!TIME_RELATIONS.contains(v.relation(c))) {
                continue;
            }
            Span phrase = v.phrase(c);
            for (TimeExpression t : times) {
                if (t.span().overlaps(phrase) && t.span().overlaps(v.token(c).span())) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The entities a noun phrase headed by token h refers to: its own mention, else mentions inside it. */
    List<String> entities(int h) {
        List<String> out = new ArrayList<>(2);
        EntityRefs.Ref own = refs.covering(v.token(h).span());
        if (own != null) {
            out.add(own.entity());
            return out;
        }
        String w = v.word(h);
        if (PERSON_PRONOUNS.contains(w)) {
            return refs.recentPersons(v.token(h).begin(), 1);
        }
        if ((w.equals("two") || w.equals("both")) && !v.isNoun(h)) {
            return refs.recentPersons(v.token(h).begin(), 2);
        }
        if (w.equals("its")) {
            return refs.recentNonPerson(v.sentence().span().begin(), v.token(h).begin());
        }
        for (EntityRefs.Ref r : refs.within(v.phrase(h))) {
            if (!out.contains(r.entity())) {
                out.add(r.entity());
            }
            if (out.size() == 2) {
                break;
            }
        }
        return out;
    }
}
