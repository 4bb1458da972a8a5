package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.extract.factuality.Lexicons;
import org.sitrep.model.Denial;
import org.sitrep.model.Factuality;
import org.sitrep.model.Factuality.Certainty;
import org.sitrep.model.Factuality.Polarity;

/**
 * Denials inside one sentence: "X denied Y's accusations of Z" → the denial (REJECT by X, certain
 * as an act), the accusation (ACCUSE by Y, aimed at X when it names no target) and the accused
 * event Z marked {@code deniedBy} X, its actors the accused when it names none, its certainty no
 * longer CERTAIN (when it names no actor of its own, the first denier is its actor and the other
 * deniers its targets: "X and Y denied … transfers"). The accusation stays certain as an act.
 * Immutable and thread-safe.
 */
final class Denials {
    private static final String RESOURCE = "/org/sitrep/event/denial-words.tsv";
    private final Map<String, Boolean> direct;

    private Denials(Map<String, Boolean> direct) {
        this.direct = direct;
    }

    static Denials shipped() {
        Map<String, Boolean> map = new HashMap<>();
        for (Lexicons.Row row : Lexicons.resource(RESOURCE)) {
            map.put(row.columns()[0], row.columns()[1].equals("DIRECT"));
        }
        return new Denials(map);
    }

    /** Links the denials among the events of one sentence (all drafts share one parse). */
    void apply(List<Draft> sentenceEvents) {
        Map<Integer, Draft> byToken = new HashMap<>();
        for (Draft d : sentenceEvents) {
            byToken.put(d.token, d);
        }
        for (Draft denial : sentenceEvents) {
            Boolean isDirect = direct.get(denial.lemma());
            if (isDirect == null || denial.actors.isEmpty()) {
                continue;
            }
            DependencyView v = denial.view;
            for (int c : v.children(denial.token)) {
                if (!(v.is(c, "obj") || v.is(c, "ccomp") || v.is(c, "xcomp") || v.is(c, "nmod"))) {
                    continue;
                }
                Draft content = byToken.get(c);
                if (content == null) {
                    continue;
                }
                if (content.type.equals("ACCUSE")) {
                    content.factuality = new Factuality(Certainty.CERTAIN, Polarity.POS, content.factuality.time(),
                            Math.max(2.5, content.factuality.score()));
                    if (content.targets.isEmpty()) {
                        content.targets = new ArrayList<>(denial.actors);
                    }
                    content.keepWithoutArguments = true;
                    for (Draft accused : accusedBy(content, byToken)) {
                        markDenied(accused, denial);
                    }
                } else if (isDirect) {
                    markDenied(content, denial);
                }
            }
        }
    }

    private static List<Draft> accusedBy(Draft accusation, Map<Integer, Draft> byToken) {
        DependencyView v = accusation.view;
        List<Draft> out = new ArrayList<>();
        for (int c : v.children(accusation.token)) {
            if (v.is(c, "nmod") || v.is(c, "acl") || v.is(c, "ccomp") || v.is(c, "advcl")) {
                for (int k : v.withConjuncts(c)) {
                    Draft d = byToken.get(k);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    private static void markDenied(Draft accused, Draft denial) {
        accused.keepWithoutArguments = true;
        for (String e : denial.actors) {
            accused.deniedBy.add(new Denial(e, denial.attribution));
        }
        if (accused.actors.isEmpty()) {
            accused.actors = new ArrayList<>(denial.actors);
            if (accused.targets.isEmpty() && denial.actors.size() > 1) {
                accused.targets = new ArrayList<>(denial.actors.subList(1, denial.actors.size()));
                accused.actors = new ArrayList<>(denial.actors.subList(0, 1));
            }
        }
        Factuality f = accused.factuality;
        if (f.certainty() == Certainty.CERTAIN || f.certainty() == Certainty.PROBABLE) {
            accused.factuality = new Factuality(Certainty.POSSIBLE, Polarity.UNDERSPECIFIED, f.time(), 0);
        }
    }
}
