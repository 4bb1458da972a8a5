package org.sitrep.extract.factuality;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.factuality.FactualityCues.Cue;
import org.sitrep.extract.factuality.FactualityCues.Kind;
import org.sitrep.extract.factuality.FactualityCues.PredicateClass;
import org.sitrep.model.Factuality;
import org.sitrep.model.Factuality.Certainty;
import org.sitrep.model.Factuality.EventTime;
import org.sitrep.model.Factuality.Polarity;

/**
 * Rule-based event factuality from the dependency parse: the event's own modals, hedges, negation
 * and tense, then a bounded walk up through the predicates it is the complement of (report, belief,
 * intention, desire, implicative and negative predicates, conditionals). The certainty and polarity
 * come from the rules; the score from the {@link ScoreModel} over the same features when one is
 * given, else from the rules. Immutable and thread-safe.
 */
public final class FactualityAssessor {
    /** Relations through which a complement inherits its governor's factuality. */
    private static final Set<String> COMPLEMENT = Set.of("xcomp", "ccomp", "csubj");
    private static final Set<String> NOMINAL_ARGUMENT = Set.of("obj", "nsubj", "nsubj:pass", "iobj");
    private static final int MAX_STEPS = 5;

    private final FactualityCues cues;
    private final ScoreModel model;

    public FactualityAssessor(FactualityCues cues, ScoreModel model) {
        this.cues = cues;
        this.model = model;
    }

    /** The shipped cues and score model. */
    public static FactualityAssessor shipped() {
        return new FactualityAssessor(FactualityCues.shipped(), ScoreModel.shipped());
    }

    /** The factuality of the event whose trigger is sentence-local token {@code i}. */
    public Factuality assess(DependencyView v, int i) {
        return assessWithFeatures(v, i).factuality();
    }

    /** The factuality and the feature vector it was computed from (for training the score model). */
    public Assessment assessWithFeatures(DependencyView v, int i) {
        FactualityFeatures.Builder f = new FactualityFeatures.Builder();
        f.partOfSpeech(v.isVerb(i), v.isNoun(i), v.isAdjective(i));
        f.form(v.isVerb(i) && v.marker(i).equals("to"), v.pos(i).equals("VBG"), v.is(i, "acl:relcl"));
        EventTime tense = tense(v, i);
        local(v, i, f, true);
        walkUp(v, i, f, tense);
        FactualityFeatures features = f.build();
        Factuality rule = features.ruleFactuality();
        double score = model == null ? rule.score() : model.score(features.vector());
        return new Assessment(new Factuality(rule.certainty(), rule.polarity(), rule.time(), score), features);
    }

    /** A factuality with its features. */
    public record Assessment(Factuality factuality, FactualityFeatures features) {
    }

    private void walkUp(DependencyView v, int i, FactualityFeatures.Builder f, EventTime ownTense) {
        EventTime tense = ownTense;
        int j = i;
        boolean nominal = !v.isVerb(i) && !v.isAdjective(i);
        for (int step = 0; step < MAX_STEPS; step++) {
            int h = v.head(j);
            if (h < 0) {
                break;
            }
            String r = v.relation(j);
            if (nominal && step == 0) {
                if (presupposed(v, j)) {
                    f.presupposed();
                    tense = tense != null ? tense : tense(v, h);
                    break;
                }
                if (NOMINAL_ARGUMENT.contains(r) || ((v.is(j, "nmod") || v.is(j, "acl")) && hasPredicateCue(v, h))) {
                    predicate(v, h, f);
                    local(v, h, f, false);
                    tense = tense != null ? tense : tense(v, h);
                    j = h;
                    continue;
                }
                tense = tense != null ? tense : tense(v, h);
                break;
            }
            if (COMPLEMENT.contains(r) || (v.is(j, "advcl") && v.marker(j).equals("to"))) {
                if (v.is(j, "advcl")) {
                    f.purpose();
                }
                predicate(v, h, f);
                boolean had = f.hasModal();
                local(v, h, f, false);
                if (!had && f.hasModal()) {
                    f.inheritedModal();
                }
                if (tense == null) {
                    EventTime t = tense(v, h);
                    tense = t == EventTime.FUTURE ? t : null;
                }
                j = h;
                continue;
            }
            if (v.is(j, "conj")) {
                if (tense == null) {
                    tense = tense(v, h);
                }
                j = h;
                continue;
            }
            if (v.is(j, "advcl")) {
                Cue c = cues.get(Kind.CONDITIONAL, v.marker(j));
                if (c != null) {
                    f.conditional(c.certainty());
                }
            }
            break;
        }
        f.tense(tense);
    }

    private boolean hasPredicateCue(DependencyView v, int h) {
        return cues.get(Kind.PREDICATE, v.lemma(h)) != null;
    }

    /** A nominal event with a possessor or a definite determiner is taken as given. */
    private static boolean presupposed(DependencyView v, int n) {
        for (int c : v.children(n)) {
            if (v.is(c, "nmod:poss")) {
                return true;
            }
            if (v.is(c, "det") && Set.of("the", "this", "that", "these", "those").contains(v.word(c))) {
                return true;
            }
        }
        return false;
    }

    private void predicate(DependencyView v, int h, FactualityFeatures.Builder f) {
        Cue c = cues.get(Kind.PREDICATE, v.lemma(h));
        if (c == null && v.isVerb(h)) {
            c = cues.get(Kind.PREDICATE, v.word(h));
        }
        if (c != null) {
            f.predicate(c.predicateClass(), c.certainty(), c.negates(), c.time());
        }
    }

    /** The cues attached to token t itself: modals, hedges, negation, subordinators, noun modifiers. */
    private void local(DependencyView v, int t, FactualityFeatures.Builder f, boolean origin) {
        List<Integer> kids = v.children(t);
        for (int c : kids) {
            String w = v.word(c);
            String r = v.relation(c);
            Cue cue;
            if (r.startsWith("aux") && (cue = cues.get(Kind.MODAL, w)) != null) {
                f.modal(cue.certainty(), cue.time());
            } else if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj") || r.equals("cc"))
                    && (cue = cues.get(Kind.NEGATION, w)) != null) {
                if (!r.equals("cc") || !w.equals("nor") || origin) {
                    f.negation();
                }
            } else if ((r.equals("advmod") || r.equals("amod")) && (cue = cues.get(Kind.HEDGE, w)) != null) {
                f.hedge(cue.certainty());
            } else if (r.equals("mark") && (cue = cues.get(Kind.CONDITIONAL, w)) != null) {
                f.conditional(cue.certainty());
            } else if (r.equals("mark") && (cue = cues.get(Kind.NEGATION, w)) != null) {
                f.negation();
            } else if (origin && r.equals("amod") && (cue = cues.get(Kind.NOMINAL, w)) != null) {
                f.nominalCue(cue.certainty(), cue.negates(), cue.time());
            } else if (r.startsWith("nsubj") && hasNegativeDeterminer(v, c)) {
                f.negation();
            } else if (r.equals("punct") && w.equals("?")) {
                f.question();
            }
        }
    }

    private boolean hasNegativeDeterminer(DependencyView v, int n) {
        for (int c : v.children(n)) {
            if (v.is(c, "det") && cues.get(Kind.NEGATION, v.word(c)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The grammatical tense of token t from its tag and auxiliaries, or null when it has none. */
    public static EventTime tense(DependencyView v, int t) {
        String pos = v.pos(t);
        boolean perfect = false;
        EventTime fromAux = null;
        for (int c : v.children(t)) {
            if (!(v.relation(c).startsWith("aux") || v.is(c, "cop"))) {
                continue;
            }
            String w = v.word(c);
            switch (w) {
                case "will", "'ll", "shall", "would", "'d", "wo" -> {
                    return EventTime.FUTURE;
                }
                case "was", "were", "did", "had" -> fromAux = fromAux == null ? EventTime.PAST : fromAux;
                case "have", "has", "'ve" -> perfect = true;
                case "is", "are", "am", "'s", "'re", "'m", "does", "do" -> fromAux = fromAux == null ? EventTime.PRESENT : fromAux;
                default -> {
                }
            }
        }
        if (perfect && (pos.equals("VBN") || fromAux == null)) {
            return EventTime.PAST;
        }
        if (fromAux != null) {
            return fromAux;
        }
        return switch (pos) {
            case "VBD" -> EventTime.PAST;
            case "VBZ", "VBP" -> EventTime.PRESENT;
            default -> null;
        };
    }

    /** Maps certainty and polarity to the unified [-3, 3] scale. */
    public static double ruleScore(Certainty c, Polarity p) {
        double magnitude = switch (c) {
            case CERTAIN -> 3;
            case PROBABLE -> 2;
            case POSSIBLE -> 1;
            case UNDERSPECIFIED -> 0;
        };
        return switch (p) {
            case POS -> magnitude;
            case NEG -> -magnitude;
            case UNDERSPECIFIED -> 0;
        };
    }
}
