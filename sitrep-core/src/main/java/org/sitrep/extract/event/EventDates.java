package org.sitrep.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.extract.factuality.FactualityAssessor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventDate.Basis;
import org.sitrep.model.Factuality.EventTime;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

/**
 * Resolves every event's date: its own time expression (TIME_EXPRESSION); else a date in its
 * sentence or the date of the previous dated event of the same paragraph, when both are on the same
 * side of the speech time (CONTEXT); else the publication date for present events and reports
 * (PUBLICATION; verbs only, a noun has no tense of its own); else UNKNOWN. Stateless.
 */
final class EventDates {
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-.*)?");

    private EventDates() {
    }

    static void resolve(List<Draft> drafts, List<TimeExpression> times, List<Span> paragraphs, LocalDate published) {
        Draft previous = null;
        for (Draft d : drafts) {
            d.date = dateOf(d, previous, times, paragraphs, published);
            if (d.date.basis() == Basis.TIME_EXPRESSION || d.date.basis() == Basis.CONTEXT) {
                previous = d;
            }
        }
    }

    private static EventDate dateOf(Draft d, Draft previous, List<TimeExpression> times, List<Span> paragraphs,
                                    LocalDate published) {
        if (d.time != null && calendar(d.time)) {
            return new EventDate(d.time.value(), Basis.TIME_EXPRESSION);
        }
        boolean future = d.factuality.time() == EventTime.FUTURE;
        if (!future) {
            for (TimeExpression t : times) {
                if (calendar(t) && t.type() == TimexType.DATE && d.view.sentence().span().contains(t.span())) {
                    return new EventDate(t.value(), Basis.CONTEXT);
                }
            }
            if (previous != null && previous.factuality.time() != EventTime.FUTURE
                    && sameParagraph(previous.trigger, d.trigger, paragraphs)) {
                return new EventDate(previous.date.value(), Basis.CONTEXT);
            }
        }
        boolean present = FactualityAssessor.tense(d.view, d.token) == EventTime.PRESENT;
        if (published != null && (present || d.type.equals("STATEMENT") && d.factuality.time() != EventTime.FUTURE)) {
            return new EventDate(published.toString(), Basis.PUBLICATION);
        }
        return EventDate.UNKNOWN;
    }

    private static boolean calendar(TimeExpression t) {
        return (t.type() == TimexType.DATE || t.type() == TimexType.TIME) && CALENDAR.matcher(t.value()).matches();
    }

    private static boolean sameParagraph(Span a, Span b, List<Span> paragraphs) {
        for (Span p : paragraphs) {
            if (p.contains(a)) {
                return p.contains(b);
            }
        }
        return false;
    }
}
