package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Capability;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.factuality.DependencyView;
import org.sitrep.extract.factuality.FactualityAssessor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;
import org.sitrep.model.TimeExpression;

/**
 * Coded events: triggers from the {@link EventDictionary} (verbs, event nouns, a few adjectives),
 * arguments from the dependency parse ({@link Arguments}), factuality ({@link FactualityAssessor}),
 * stated intents ({@link Intents}), the innermost attribution, denials ({@link Denials}), dates ({@link EventDates}) and the article's
 * main event ({@link MainEvents}). Unparsed sentences give no events (the annotator reported them).
 * Nominal events that name no actor, target, place or time are dropped unless a denial needs them.
 * Report verbs are events of type STATEMENT; a word the dictionary does not know gives no event
 * (type OTHER comes only from user dictionaries).
 * Thread-safe: the dictionary and lexicons are immutable; per-article state stays in the call.
 */
public final class EventExtractor implements Extractor {
    /** Sentences longer than this are skipped (bounded work), with a diagnostic. */
    static final int MAX_TOKENS = 150;
    /** At most this many events per article (bounded output on hostile input). */
    static final int MAX_EVENTS = 2000;

    private final EventDictionary dictionary;
    private final FactualityAssessor factuality;
    private final Denials denials;
    private final Intents intents;

    public EventExtractor() {
        this(ExtractionConfig.DEFAULT);
    }

    public EventExtractor(ExtractionConfig config) {
        this.dictionary = EventDictionary.load(config.dictionaryFiles());
        this.factuality = FactualityAssessor.shipped();
        this.denials = Denials.shipped();
        this.intents = Intents.shipped();
    }

    /**
     * A sentence filter for annotators that parse only what the event extractor can use: true when
     * one of the tokens' lemmas is in the dictionary (shipped plus the config's files).
     */
    public static java.util.function.Predicate<List<org.sitrep.model.Token>> triggerFilter(ExtractionConfig config) {
        EventDictionary d = EventDictionary.load(config.dictionaryFiles());
        return tokens -> {
            for (org.sitrep.model.Token t : tokens) {
                if (d.knows(t.lemma()) || d.knows(t.text())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public String name() {
        return "event";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.POS, Capability.LEMMAS,
                Capability.DEPENDENCIES);
    }

    @Override
    public Set<Capability> produces() {
        return EnumSet.of(Capability.EVENTS, Capability.MAIN_EVENT);
    }

    @Override
    public void extract(ExtractionContext context) {
        EntityRefs refs = EntityRefs.of(context);
        List<Draft> drafts = new ArrayList<>();
        int skipped = 0;
        for (Sentence s : context.annotated().sentences()) {
            if (!s.parsed()) {
                continue;
            }
            if (s.tokens().size() > MAX_TOKENS) {
                skipped++;
                continue;
            }
            drafts.addAll(sentenceEvents(context, s, refs));
            if (drafts.size() > MAX_EVENTS) {
                context.report(Diagnostic.warning(name(), "more than " + MAX_EVENTS + " events; the rest of the article was skipped"));
                break;
            }
        }
        if (skipped > 0) {
            context.report(Diagnostic.warning(name(), skipped + " sentence(s) longer than " + MAX_TOKENS
                    + " tokens gave no events"));
        }
        EventDates.resolve(drafts, context.times(), context.article().paragraphs(), context.published());
        List<Event> events = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            d.id = "v" + (events.size() + 1);
            events.add(new Event(d.id, d.type, d.mode, d.cameo, TextSpan.of(d.trigger, context.text()), d.actors,
                    d.targets, d.location, d.time == null ? null : d.time.id(), d.date, d.factuality, d.attribution,
                    d.deniedBy, d.confidence(), d.evidence));
        }
        context.setEvents(events);
        context.setMainEvent(MainEvents.choose(drafts, headline(context), firstBodySentence(context), refs, context.text()));
    }

    private List<Draft> sentenceEvents(ExtractionContext context, Sentence s, EntityRefs refs) {
        DependencyView v = DependencyView.of(s);
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : context.times()) {
            if (s.span().contains(t.span())) {
                times.add(t);
            }
        }
        Arguments args = new Arguments(v, refs, times);
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            EventDictionary.Entry e = Triggers.match(dictionary, v, i);
            if (e == null || Triggers.isFrameArgument(dictionary, v, i)) {
                continue;
            }
            Draft d = new Draft(v, i, e, s.span());
            d.actors = args.actors(i);
            d.targets = args.targets(i);
            if (d.type.equals("CONSULT") && d.mode == null && (args.pluralSubject(i) || d.actors.size() > 1)) {
                List<String> all = new ArrayList<>(d.actors);
                d.targets.stream().filter(t -> !all.contains(t)).forEach(all::add);
                d.actors = all;
                d.targets = new ArrayList<>(all);
            } else {
                d.targets.removeAll(d.actors);
            }
            d.location = args.location(i, "visit".equals(d.mode));
            d.time = args.time(i);
            d.factuality = factuality.assess(v, i);
            intents.apply(d);
            d.attribution = innermost(context.attributions(), d.trigger);
            out.add(d);
        }
        inheritFromGoverningEvent(out);
        Intents.demands(out, args);
        denials.apply(out);
        out.removeIf(d -> d.nominal() && !d.hasArguments() && !d.keepWithoutArguments);
        return out;
    }

    /**
     * "arrived in X ahead of an expected tour": a nominal event takes the actor and place of the
     * event it modifies; "declared a ceasefire": the object of a statement takes the speaker.
     */
    private static void inheritFromGoverningEvent(List<Draft> sentence) {
        for (Draft d : sentence) {
            if (!d.nominal() || !d.actors.isEmpty()) {
                continue;
            }
            int j = d.token;
            for (int step = 0; step < 3; step++) {
                String r = d.view.relation(j);
                Draft statement = r.equals("obj") ? find(sentence, d.view.head(j)) : null;
                if (statement != null && statement.type.equals("STATEMENT")) {
                    d.actors = new ArrayList<>(statement.actors);
                    break;
                }
                if (!(r.startsWith("obl") || r.equals("nmod") || r.equals("advmod"))) {
                    break;
                }
                j = d.view.head(j);
                if (j < 0) {
                    break;
                }
                Draft governor = find(sentence, j);
                if (governor != null && !governor.nominal() && !governor.type.equals("STATEMENT")) {
                    d.actors = new ArrayList<>(governor.actors);
                    if (d.location == null) {
                        d.location = governor.location;
                    }
                    break;
                }
            }
        }
    }

    private static Draft find(List<Draft> drafts, int token) {
        for (Draft d : drafts) {
            if (d.token == token) {
                return d;
            }
        }
        return null;
    }

    /** The id of the attribution with the smallest content span covering the trigger, or null. */
    static String innermost(List<Attribution> attributions, Span trigger) {
        String best = null;
        int bestLength = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
            if (a.cue() != null && a.cue().span().overlaps(trigger)) {
                continue;
            }
            for (Span c : a.contentSpans()) {
                if (c.contains(trigger) && c.length() < bestLength) {
                    best = a.id();
                    bestLength = c.length();
                }
            }
        }
        return best;
    }

    private static Span headline(ExtractionContext context) {
        String h = context.article().headline();
        List<Span> paragraphs = context.article().paragraphs();
        if (h == null || paragraphs.isEmpty()) {
            return null;
        }
        Span first = paragraphs.get(0);
        return first.of(context.text()).strip().equals(h.strip()) ? first : null;
    }

    private static int firstBodySentence(ExtractionContext context) {
        Span headline = headline(context);
        for (Sentence s : context.annotated().sentences()) {
            if (headline == null || !headline.contains(s.span())) {
                return s.index();
            }
        }
        return 0;
    }
}
