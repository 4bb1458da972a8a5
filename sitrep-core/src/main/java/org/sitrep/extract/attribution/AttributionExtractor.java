package org.sitrep.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Capability;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * Who says what: direct quotes with their speakers and reported speech with its cue, nested
 * ("Kyodo reported that an official said …"), with the source linked to an entity where one of
 * its mentions overlaps the source, else kept as a described source with a kind from the
 * source-noun list. Ids a1, a2 … in text order. Stateless and thread-safe: the word lists are
 * loaded once and shared read-only.
 */
public final class AttributionExtractor implements Extractor {
    /** The most attributions one article may give; beyond it the rest are dropped with a warning. */
    static final int MAX_ATTRIBUTIONS = 5_000;

    private final Lexicon lexicon = Lexicon.load();
    private final ReportedSpeech reported = new ReportedSpeech(lexicon, CueModel.shipped());

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES, Capability.POS, Capability.LEMMAS, Capability.NER,
                Capability.DEPENDENCIES);
    }

    @Override
    public Set<Capability> produces() {
        return EnumSet.of(Capability.ATTRIBUTIONS);
    }

    @Override
    public void extract(ExtractionContext context) {
        String text = context.text();
        List<Span> paragraphs = context.article().paragraphs().isEmpty()
                ? List.of(new Span(0, text.length())) : context.article().paragraphs();
        int headlineEnd = context.article().headline() != null ? paragraphs.get(0).end() : -1;
        List<ParsedSentence> sentences = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence s : context.annotated().sentences()) {
            ParsedSentence p = new ParsedSentence(s);
            sentences.add(p);
            if (!s.tokens().isEmpty()) {
                candidates.addAll(reported.find(p, s.begin() < headlineEnd));
            }
        }
        QuoteScanner.Result quotes = QuoteScanner.scan(text, paragraphs);
        if (quotes.unbalanced() > 0) {
            context.report(Diagnostic.warning(name(), quotes.unbalanced() + " unbalanced quotation mark(s), the first at offset "
                    + quotes.firstUnbalanced() + "; open quotes were closed at their paragraph's end"));
        }
        new QuoteAttacher(sentences, paragraphs, candidates).attach(quotes.quotes());
        candidates = ordered(candidates);
        // Weak cue forms (mostly not attributions in context, by the train split) are dropped with
        // the quotes that share their cue.
        candidates.removeIf(c -> c.cue != null && lexicon.weakCue(c.cue.of(text)));
        if (candidates.size() > MAX_ATTRIBUTIONS) {
            context.report(Diagnostic.warning(name(), candidates.size() + " attributions found; only the first "
                    + MAX_ATTRIBUTIONS + " are kept"));
            candidates = new ArrayList<>(candidates.subList(0, MAX_ATTRIBUTIONS));
        }
        Nesting.nest(candidates);
        context.setAttributions(records(candidates, text, new SourceResolver(context.entities(), lexicon)));
    }

    /** Text order without duplicates (same source, cue and content). */
    private static List<Candidate> ordered(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::begin)
                .thenComparing(c -> c.contentHull())
                .thenComparing(c -> c.cue == null ? new Span(0, 0) : c.cue));
        Set<String> seen = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            if (seen.add(c.source + "|" + c.cue + "|" + c.content + "|" + c.direct)) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Attribution> records(List<Candidate> candidates, String text, SourceResolver resolver) {
        Map<Candidate, String> ids = new HashMap<>();
        for (Candidate c : candidates) {
            ids.put(c, "a" + (ids.size() + 1));
        }
        List<Attribution> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String sourceText = c.source == null ? null : c.source.of(text);
            // No source in the text ("Asked whether …"): an unnamed source.
            SourceResolver.Resolved r = c.source == null ? new SourceResolver.Resolved(null, org.sitrep.model.SourceKind.ANONYMOUS)
                    : resolver.resolve(c.source, c.sourceHead == null ? c.source : c.sourceHead, sourceText, text);
            Span hull = c.contentHull();
            out.add(new Attribution(ids.get(c), r.entity(), sourceText, c.source, r.kind(),
                    c.cue == null ? null : TextSpan.of(c.cue, text), TextSpan.of(hull, text), c.content, c.direct,
                    c.parent == null ? null : ids.get(c.parent)));
        }
        return out;
    }
}
