package org.sitrep.extract.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.model.MainEvent;
import org.sitrep.model.Span;

/**
 * Picks an article's main event from its headline and lead: coded (not STATEMENT) events with an
 * actor come first, then those highest in their sentence's parse (a complement is subordinate to
 * its predicate), then those whose trigger word the headline uses, then the earliest. Fills the
 * 5W1H summary from the event's arguments. Stateless.
 */
final class MainEvents {
    /** Sentences of the body (after the headline) that count as the lead. */
    private static final int LEAD_SENTENCES = 2;

    private MainEvents() {
    }

    /**
     * The main event among the drafts (in text order) of the headline and the lead, or null.
     *
     * @param firstBodySentence index of the first sentence after the headline
     */
    static MainEvent choose(List<Draft> drafts, Span headline, int firstBodySentence, EntityRefs refs, String text) {
        Set<String> headlineWords = new HashSet<>();
        if (headline != null) {
            for (String w : headline.of(text).toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
                headlineWords.add(w);
            }
        }
        Draft best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Draft d : drafts) {
            if (d.sentence() >= firstBodySentence + LEAD_SENTENCES) {
                break;
            }
            double s = score(d, headlineWords);
            if (s > bestScore) {
                best = d;
                bestScore = s;
            }
        }
        return best == null ? null : summary(best, refs, text);
    }

    private static double score(Draft d, Set<String> headlineWords) {
        double s = 0;
        s += d.type.equals("STATEMENT") || d.type.equals("OTHER") ? 0 : 5;
        s += d.actors.isEmpty() ? 0 : 2;
        s += d.targets.isEmpty() && d.location == null ? 0 : 0.5;
        s += headlineWords.contains(d.lemma()) || headlineWords.contains(d.view.word(d.token)) ? 2 : 0;
        s -= d.deniedBy.isEmpty() ? 0 : 1;
        s -= d.view.depth(d.token);
        return s;
    }

    private static MainEvent summary(Draft d, EntityRefs refs, String text) {
        DependencyView v = d.view;
        String who = names(d.actors, refs);
        int obj = v.child(d.token, "obj");
        String what = v.token(d.token).text() + (obj >= 0 ? " " + v.phrase(obj).of(text) : "");
        if (d.mode != null) {
            what += " (" + d.type + ", " + d.mode + ")";
        } else {
            what += " (" + d.type + ")";
        }
        String when = d.date.value() != null ? d.date.value() : d.factuality.time().name().toLowerCase(java.util.Locale.ROOT);
        String where = d.location == null ? null : refs.name(d.location);
        String why = null;
        for (int c : v.children(d.token)) {
            if (v.is(c, "advcl") && (v.marker(c).equals("to") || v.marker(c).equals("because"))) {
                Span clause = new Span(Math.min(v.token(c).begin(), v.phrase(c).begin()), v.phrase(c).end());
                why = clause.of(text);
            }
        }
        return new MainEvent(d.id, who.isEmpty() ? null : who, what, when, where, why, d.mode);
    }

    static String names(List<String> ids, EntityRefs refs) {
        StringJoiner j = new StringJoiner(", ");
        for (String id : ids) {
            j.add(refs.name(id));
        }
        return j.toString();
    }
}
