package org.sitrep.extract.factuality;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Factuality.Certainty;
import org.sitrep.model.Factuality.EventTime;

/**
 * The factuality cue lexicon ({@code org/sitrep/factuality/cues.tsv}): modals, hedges, negations,
 * conditionals, event-noun modifiers and complement-taking predicates. Immutable and thread-safe.
 */
public final class FactualityCues {
    /** What kind of cue a word is. */
    public enum Kind { MODAL, HEDGE, NEGATION, CONDITIONAL, PREDICATE, NOMINAL }

    /** Predicate classes: how a complement-taking predicate bears on its complement. */
    public enum PredicateClass { NONE, REPORT, BELIEF, INTENT, DESIRE, IMPLICATIVE, NEGATIVE, ALLEGE }

    /**
     * One cue.
     *
     * @param certainty the certainty it caps its event at, or null for no change
     * @param time      the time it gives its event, or null
     */
    public record Cue(String word, Kind kind, Certainty certainty, PredicateClass predicateClass, boolean negates,
                      EventTime time) {
    }

    private static final String RESOURCE = "/org/sitrep/factuality/cues.tsv";
    private static final FactualityCues SHIPPED = load();
    private final Map<Kind, Map<String, Cue>> byKind;

    private FactualityCues(Map<Kind, Map<String, Cue>> byKind) {
        this.byKind = byKind;
    }

    /** The shipped lexicon (loaded once). */
    public static FactualityCues shipped() {
        return SHIPPED;
    }

    /** The cue of this kind for a lower-cased word or lemma, or null. */
    public Cue get(Kind kind, String word) {
        Map<String, Cue> m = byKind.get(kind);
        return m == null ? null : m.get(word);
    }

    private static FactualityCues load() {
        Map<Kind, Map<String, Cue>> map = new HashMap<>();
        for (Lexicons.Row row : Lexicons.resource(RESOURCE)) {
            if (row.columns().length != 5) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected 5 columns");
            }
            Cue cue = parse(row.columns());
            map.computeIfAbsent(cue.kind(), k -> new HashMap<>()).put(cue.word(), cue);
        }
        return new FactualityCues(map);
    }

    private static Cue parse(String[] f) {
        Kind kind = Kind.valueOf(f[1]);
        String[] cert = f[2].split("/");
        Certainty certainty = cert[0].equals("-") ? null : Certainty.valueOf(cert[0]);
        PredicateClass pc = cert.length > 1 ? PredicateClass.valueOf(cert[1]) : PredicateClass.NONE;
        EventTime time = f[4].equals("-") ? null : EventTime.valueOf(f[4]);
        return new Cue(f[0].toLowerCase(Locale.ROOT), kind, certainty, pc, f[3].equals("NEG"), time);
    }
}
