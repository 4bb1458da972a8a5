package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.model.Denial;
import org.sitrep.model.EventDate;
import org.sitrep.model.Factuality;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/** An event while it is being put together (mutable; one article, one thread). */
final class Draft {
    final DependencyView view;
    final int token;
    final EventDictionary.Entry entry;
    final Span trigger;
    final Span evidence;
    String type;
    String mode;
    String cameo;
    List<String> actors = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    String location;
    TimeExpression time;
    Factuality factuality;
    String attribution;
    final List<Denial> deniedBy = new ArrayList<>();
    EventDate date = EventDate.UNKNOWN;
    boolean keepWithoutArguments;
    String id;

    Draft(DependencyView view, int token, EventDictionary.Entry entry, Span evidence) {
        this.view = view;
        this.token = token;
        this.entry = entry;
        this.trigger = view.token(token).span();
        this.evidence = evidence;
        this.type = entry.type();
        this.mode = entry.mode();
        this.cameo = entry.cameo();
    }

    int sentence() {
        return view.sentence().index();
    }

    String lemma() {
        return view.lemma(token);
    }

    boolean nominal() {
        return view.isNoun(token);
    }

    boolean hasArguments() {
        return !actors.isEmpty() || !targets.isEmpty() || location != null || time != null;
    }

    double confidence() {
        double c = 0.4;
        c += actors.isEmpty() ? 0 : 0.3;
        c += targets.isEmpty() && location == null ? 0 : 0.1;
        c += entry.frame() == EventDictionary.FrameKind.ANY ? 0 : 0.1;
        return Math.min(0.95, c);
    }
}
