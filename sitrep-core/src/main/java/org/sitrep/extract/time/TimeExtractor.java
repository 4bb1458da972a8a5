package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Capability;
import org.sitrep.extract.ExtractionContext;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

/**
 * Sitrep's TIMEX3 tagger: finds DATE, TIME, DURATION and SET expressions with the pattern table
 * ({@code org/sitrep/time/patterns.tsv} over the words of {@code lexicon.tsv}) and normalises them
 * against the publication date; weekday and month names take the direction of their clause's
 * tense (from the dependency parse when there is one, else from nearby cue words and POS tags).
 * Without a publication date, relative values stay unresolved (X placeholders).
 * Stateless and thread-safe: the tables are loaded once and shared read-only.
 */
public final class TimeExtractor implements Extractor {
    /** Paragraphs longer than this many characters are cut (bounded work on hostile input). */
    static final int MAX_BLOCK_CHARS = 20_000;
    private static final java.util.regex.Pattern QUARTERLY = java.util.regex.Pattern.compile("(?i)(?<!(?:one|two|three)-)\\bquarter");
    private final TimePatterns patterns;
    private final TimeTokenizer tokenizer;
    private final TenseDetector tense;

    public TimeExtractor() {
        TimeLexicon lexicon = TimeLexicon.defaults();
        this.patterns = TimePatterns.defaults();
        this.tokenizer = new TimeTokenizer(lexicon);
        this.tense = new TenseDetector(lexicon);
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.TOKENS, Capability.SENTENCES);
    }

    @Override
    public Set<Capability> produces() {
        return EnumSet.of(Capability.TIMES);
    }

    @Override
    public void extract(ExtractionContext context) {
        String text = context.text();
        LocalDate anchor = context.published();
        List<Sentence> sentences = context.annotated().sentences();
        List<TimeExpression> out = new ArrayList<>();
        Reference[] previous = {null}; // the point named last in this text (one per call: the extractor stays stateless)
        java.util.regex.Matcher q = QUARTERLY.matcher(text);
        int firstQuarter = q.find() ? q.start() : Integer.MAX_VALUE;
        // Match over paragraphs (a sentence splitter may cut "9 a.m. Tuesday" after "a.m."); tense per sentence.
        List<Span> blocks = context.article().paragraphs().isEmpty()
                ? sentences.stream().map(Sentence::span).toList() : context.article().paragraphs();
        for (Span block : blocks) {
            int end = block.end();
            if (end - block.begin() > MAX_BLOCK_CHARS) {
                context.report(Diagnostic.warning(name(), "a paragraph at " + block.begin() + " is longer than "
                        + MAX_BLOCK_CHARS + " characters; only its start was searched for times"));
                end = block.begin() + MAX_BLOCK_CHARS;
            }
            tagBlock(text, block.begin(), end, sentences, new Anchor(anchor, firstQuarter < end), out, previous, context);
        }
        context.setTimes(out);
    }

    /** The publication date (may be null) and whether the text so far reports by quarters. */
    private record Anchor(LocalDate date, boolean quarterly) {
    }

    private void tagBlock(String text, int begin, int end, List<Sentence> sentences, Anchor anchor,
                          List<TimeExpression> out, Reference[] previous, ExtractionContext context) {
        List<TimeToken> tokens = tokenizer.tokenize(text, begin, end);
        for (TimePatterns.Match m : patterns.find(tokens)) {
            if (!plausible(tokens, m)) {
                continue;
            }
            List<TimeToken> span = tokens.subList(m.from(), m.to());
            int b = span.get(0).begin();
            int e = span.get(span.size() - 1).end();
            Sentence s = sentenceAt(sentences, b);
            Clues clues = new Clues(s == null ? Tense.NONE : tense.detect(s, b, e), anchor.quarterly(), previous[0]);
            Resolved r = TimeResolver.resolve(m.rule(), span, anchor.date(), clues);
            if (r == null || r.value() == null) {
                context.report(Diagnostic.warning(name(), "'" + text.substring(b, e) + "' at " + b
                        + " has the shape of a time expression but no valid value (e.g. an impossible date); not tagged"));
            } else {
                if (r.type() == TimexType.DATE || r.type() == TimexType.TIME) {
                    Reference named = Reference.of(r.value());
                    previous[0] = named != null ? named : previous[0];
                }
                out.add(new TimeExpression("t" + (out.size() + 1), b, e, text.substring(b, e), r.type(), r.value(),
                        r.beginPoint(), r.endPoint()));
            }
        }
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.begin() > offset) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Numbers that are money, percentages or parts of larger numbers are not times. */
    private static boolean plausible(List<TimeToken> tokens, TimePatterns.Match m) {
        TimeToken before = m.from() > 0 ? tokens.get(m.from() - 1) : null;
        TimeToken after = m.to() < tokens.size() ? tokens.get(m.to()) : null;
        if (before != null && before.end() == tokens.get(m.from()).begin() && "$£€#".contains(before.word())) {
            return false;
        }
        return after == null || !after.word().equals("%") && !(after.begin() == tokens.get(m.to() - 1).end()
                && (after.is("NUM") || after.word().equals(",") && tokens.get(m.to() - 1).is("NUM")
                && m.to() + 1 < tokens.size() && tokens.get(m.to() + 1).begin() == after.end()));
    }
}
