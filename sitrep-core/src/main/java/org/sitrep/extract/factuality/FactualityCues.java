package org.sitrep.extract.factuality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = FactualityCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                if (f.length != 5) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected 5 columns: " + line);
                }
                Cue cue = parse(f);
                map.computeIfAbsent(cue.kind(), k -> new HashMap<>()).put(cue.word(), cue);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
