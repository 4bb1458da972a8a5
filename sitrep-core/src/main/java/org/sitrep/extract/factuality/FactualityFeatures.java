package org.sitrep.extract.factuality;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.factuality.FactualityCues.PredicateClass;
import org.sitrep.model.Factuality;
import org.sitrep.model.Factuality.Certainty;
import org.sitrep.model.Factuality.EventTime;
import org.sitrep.model.Factuality.Polarity;

/**
 * What the factuality rules saw for one event: the certainty cap, negations, tense and the cue
 * classes on its path. {@link #vector()} gives the features the score model is fitted on, in the
 * order of {@link #NAMES}. Immutable.
 */
public final class FactualityFeatures {
    /** Feature names, in vector order (the score model's resource lists weights by these names). */
    public static final List<String> NAMES = List.of("bias", "rule", "verb", "noun", "adjective", "past", "present",
            "future", "modalProbable", "modalPossible", "hedge", "negated", "conditional", "report", "belief", "intent",
            "desire", "implicative", "negative", "allege", "nominalCue", "presupposed", "question", "steps", "noTense", "infinitive", "purpose", "relative", "inheritedModal",
            "gerund");

    private final Certainty certainty;
    private final boolean negated;
    private final EventTime time;
    private final boolean underspecified;
    private final double[] vector;

    private FactualityFeatures(Builder b) {
        this.certainty = b.certainty;
        this.negated = b.negations % 2 == 1;
        this.underspecified = b.certainty == Certainty.UNDERSPECIFIED;
        this.time = b.future ? EventTime.FUTURE : b.tense == null ? EventTime.PRESENT : b.tense;
        Polarity p = underspecified ? Polarity.UNDERSPECIFIED : negated ? Polarity.NEG : Polarity.POS;
        double rule = FactualityAssessor.ruleScore(certainty, p);
        Set<PredicateClass> pc = b.classes;
        vector = new double[] {1, rule, flag(b.verb), flag(b.noun), flag(b.adjective), flag(time == EventTime.PAST),
                flag(time == EventTime.PRESENT), flag(time == EventTime.FUTURE), flag(b.modalProbable), flag(b.modalPossible),
                flag(b.hedge), flag(negated), flag(b.conditional), flag(pc.contains(PredicateClass.REPORT)),
                flag(pc.contains(PredicateClass.BELIEF)), flag(pc.contains(PredicateClass.INTENT)),
                flag(pc.contains(PredicateClass.DESIRE)), flag(pc.contains(PredicateClass.IMPLICATIVE)),
                flag(pc.contains(PredicateClass.NEGATIVE)), flag(pc.contains(PredicateClass.ALLEGE)), flag(b.nominalCue),
                flag(b.presupposed), flag(b.question), Math.min(b.steps, 4), flag(b.tense == null), flag(b.infinitive),
                flag(b.purpose), flag(b.relative), flag(b.inheritedModal), flag(b.gerund)};
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    /** The feature values, in the order of {@link #NAMES} (a copy). */
    public double[] vector() {
        return vector.clone();
    }

    /** The factuality the rules alone give (score from certainty and polarity). */
    public Factuality ruleFactuality() {
        Polarity p = underspecified ? Polarity.UNDERSPECIFIED : negated ? Polarity.NEG : Polarity.POS;
        return new Factuality(certainty, p, time, FactualityAssessor.ruleScore(certainty, p));
    }

    /** Collects cues while the assessor walks the parse. Not thread-safe (per call). */
    static final class Builder {
        private Certainty certainty = Certainty.CERTAIN;
        private int negations;
        private EventTime tense;
        private boolean future;
        private boolean verb;
        private boolean noun;
        private boolean adjective;
        private boolean modalProbable;
        private boolean modalPossible;
        private boolean hedge;
        private boolean conditional;
        private boolean nominalCue;
        private boolean presupposed;
        private boolean question;
        private int steps;
        private boolean infinitive;
        private boolean purpose;
        private boolean relative;
        private boolean inheritedModal;
        private boolean gerund;
        private final Set<PredicateClass> classes = EnumSet.noneOf(PredicateClass.class);

        void form(boolean infinitive, boolean gerund, boolean relative) {
            this.infinitive = infinitive;
            this.gerund = gerund;
            this.relative = relative;
        }

        void purpose() {
            purpose = true;
        }

        void inheritedModal() {
            inheritedModal = true;
        }

        boolean hasModal() {
            return modalProbable || modalPossible;
        }

        void partOfSpeech(boolean v, boolean n, boolean a) {
            verb = v;
            noun = n;
            adjective = a;
        }

        private void cap(Certainty c) {
            if (c != null && c.ordinal() > certainty.ordinal()) {
                certainty = c;
            }
        }

        void modal(Certainty c, EventTime t) {
            cap(c);
            modalProbable |= c == Certainty.PROBABLE;
            modalPossible |= c == Certainty.POSSIBLE;
            future |= t == EventTime.FUTURE;
        }

        void negation() {
            negations++;
        }

        void hedge(Certainty c) {
            cap(c);
            hedge = true;
        }

        void conditional(Certainty c) {
            cap(c);
            conditional = true;
        }

        void nominalCue(Certainty c, boolean negates, EventTime t) {
            cap(c);
            nominalCue = true;
            if (negates) {
                negations++;
            }
            future |= t == EventTime.FUTURE;
        }

        void predicate(PredicateClass pc, Certainty c, boolean negates, EventTime t) {
            steps++;
            classes.add(pc);
            cap(c);
            if (negates) {
                negations++;
            }
            future |= t == EventTime.FUTURE;
        }

        void presupposed() {
            presupposed = true;
        }

        void question() {
            question = true;
            cap(Certainty.UNDERSPECIFIED);
        }

        void tense(EventTime t) {
            tense = t;
        }

        FactualityFeatures build() {
            return new FactualityFeatures(this);
        }
    }
}
