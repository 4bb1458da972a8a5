package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.extract.factuality.Lexicons;
import org.sitrep.model.Factuality;

/**
 * Recodes an actor's stated future act as CAMEO/PLOVER do: "X will visit Y" is an expression of
 * intent (AGREE), "X would boycott Z" a threat (THREATEN), from {@code org/sitrep/event/intent-codes.tsv}.
 * Predictions by others ("is expected to", "is set to") are not recoded. Immutable, thread-safe.
 */
final class Intents {
    private static final String RESOURCE = "/org/sitrep/event/intent-codes.tsv";
    private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "shall", "'ll", "'d", "wo");
    private final Map<String, String[]> codes;

    private Intents(Map<String, String[]> codes) {
        this.codes = codes;
    }

    static Intents shipped() {
        Map<String, String[]> map = new HashMap<>();
        for (Lexicons.Row row : Lexicons.resource(RESOURCE)) {
            map.put(row.columns()[0], new String[] {row.columns()[1], row.columns()[2]});
        }
        return new Intents(map);
    }

    /**
     * Recodes the draft when its verb carries will/would/shall and its type has an intent code (a
     * promise made on condition, "unless …", is a threat); a negated agreement is a rejection.
     */
    void apply(Draft d) {
        String[] code = codes.get(d.type);
        if (code != null && d.view.isVerb(d.token) && futureModal(d.view, d.token)) {
            d.type = code[0];
            d.cameo = code[1];
            d.mode = null;
            if (d.type.equals("AGREE") && hasUnless(d.view, d.token)) {
                d.type = "THREATEN";
                d.cameo = "130";
            }
        }
        if (d.type.equals("AGREE") && d.factuality.polarity() == Factuality.Polarity.NEG) {
            d.type = "REJECT";
            d.cameo = "120";
            d.mode = null;
        }
    }

    /**
     * "X said Y must do Z": a statement whose content clause carries must/should is a demand
     * (REQUEST) aimed at the content's subject.
     */
    static void demands(List<Draft> sentence, Arguments args) {
        for (Draft d : sentence) {
            if (!d.type.equals("STATEMENT") && !d.type.equals("REQUEST")) {
                continue;
            }
            DependencyView v = d.view;
            for (int c : v.children(d.token)) {
                if (!v.is(c, "ccomp") || !obligation(v, c)) {
                    continue;
                }
                d.type = "REQUEST";
                d.cameo = "100";
                List<String> targets = new ArrayList<>(args.actors(c));
                targets.removeAll(d.actors);
                if (!targets.isEmpty()) {
                    d.targets = targets;
                }
            }
        }
    }

    private static boolean obligation(DependencyView v, int t) {
        for (int c : v.children(t)) {
            if (v.relation(c).startsWith("aux") && (v.word(c).equals("must") || v.word(c).equals("should"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUnless(DependencyView v, int t) {
        for (int c : v.children(t)) {
            if (v.is(c, "advcl") && v.marker(c).equals("unless")) {
                return true;
            }
        }
        return false;
    }

    private static boolean futureModal(DependencyView v, int t) {
        for (int c : v.children(t)) {
            if (v.relation(c).startsWith("aux") && FUTURE_MODALS.contains(v.word(c))) {
                return true;
            }
        }
        return false;
    }
}
