package org.sitrep.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Gives each quotation its speaker. In order: a cue in the quote's own sentences, outside the quote
 * (the innermost attribution whose content holds the quote; a quote that is most of that content
 * turns it into a direct quote, a short one inside it becomes a direct attribution beside it, e.g.
 * scare quotes in reported speech); a preceding "X said:"; the previous quote's speaker when only
 * the quote continues (split quotes, "…," he said. "…"); for a quote that is a whole paragraph, the
 * nearest speaker before it. A quote with none of these stays unattributed. Never takes a speaker
 * from inside the quote itself. Confined to one article's extraction.
 */
final class QuoteAttacher {
    private static final double MOSTLY_QUOTE = 0.6;
    private static final int SPEAKER_REACH_PARAGRAPHS = 3;
    /** The most text a speaker tag between the two parts of a split quote may take. */
    private static final int MAX_TAG_CHARS = 200;

    private final List<ParsedSentence> sentences;
    private final List<Span> paragraphs;
    private final List<Candidate> candidates;

    QuoteAttacher(List<ParsedSentence> sentences, List<Span> paragraphs, List<Candidate> candidates) {
        this.sentences = sentences;
        this.paragraphs = paragraphs;
        this.candidates = candidates;
    }

    /** Attaches the quotes; changes and adds to the candidate list. */
    void attach(List<QuoteScanner.Quote> quotes) {
        Candidate last = null;
        Span lastQuote = null;
        List<Candidate> added = new ArrayList<>();
        for (QuoteScanner.Quote q : quotes) {
            Span h = q.hull();
            Candidate label = openedBySpeaker(h);
            if (label != null) {
                // "“WALLACE: …": the speaker's own label opens the quote and already holds it; what it
                // says is quoted speech, a direct quote, not words of the article inside someone's quote
                label.direct = true;
                continue;
            }
            Candidate speaker = signed(h);
            speaker = speaker != null ? speaker : tagged(q, h);
            if (speaker != null) {
                last = apply(speaker, q, h, added);
                lastQuote = h;
                continue;
            }
            Candidate intro = awaiting(h);
            if (intro != null) {
                intro.content.clear();
                intro.content.addAll(q.pieces());
                intro.direct = true;
                intro.awaitingQuote = false;
                last = intro;
            } else if (last != null && lastQuote != null && continues(lastQuote, h)) {
                last.content.addAll(q.pieces());
            } else if (wholeParagraph(h)) {
                Candidate before = speakerBefore(h);
                if (before == null) {
                    continue;
                }
                Candidate c = new Candidate(before.source, null, q.pieces(), true);
                c.inheritedSource = true;
                c.sourceHead = before.sourceHead;
                c.cueClass = Lexicon.CueClass.SPEECH;
                added.add(c);
                last = c;
            } else {
                continue;
            }
            lastQuote = h;
        }
        candidates.addAll(added);
        candidates.removeIf(c -> c.awaitingQuote);
    }

    private Candidate apply(Candidate speaker, QuoteScanner.Quote q, Span h, List<Candidate> added) {
        if (speaker.awaitingQuote || !overlapsContent(speaker, h)) {
            speaker.content.clear();
            speaker.content.addAll(q.pieces());
            speaker.awaitingQuote = false;
        } else if (speaker.direct) {
            speaker.content.addAll(q.pieces());
            speaker.content.sort(Comparator.naturalOrder());
        } else if (h.length() >= MOSTLY_QUOTE * speaker.content.stream().mapToInt(Span::length).sum()) {
            speaker.content.clear();
            speaker.content.addAll(q.pieces());
        } else {
            Candidate twin = new Candidate(speaker.source, speaker.cue, q.pieces(), true);
            twin.twin = speaker;
            twin.sourceHead = speaker.sourceHead;
            twin.cueClass = speaker.cueClass;
            added.add(twin);
            return twin;
        }
        speaker.direct = true;
        return speaker;
    }

    /** The attribution whose one-character cue and source open the quote ("“WALLACE: …"), or null. */
    private Candidate openedBySpeaker(Span h) {
        for (Candidate c : candidates) {
            if (c.source != null && c.cue != null && c.source.begin() >= h.begin() && c.source.begin() <= h.begin() + 2
                    && c.cue.length() == 1 && c.cue.end() <= h.end()) {
                return c;
            }
        }
        return null;
    }

    /** A name signing the quote right after it ("“…” ― Sonya Herridge"). */
    private Candidate signed(Span h) {
        for (Candidate c : candidates) {
            Span first = c.source != null && c.source.begin() < c.cue.begin() ? c.source : c.cue;
            if (c.awaitingQuote && first.begin() >= h.end() && first.begin() - h.end() <= 3) {
                return c;
            }
        }
        return null;
    }

    /** The attribution whose cue stands in the quote's first or last sentence, outside the quote. */
    private Candidate tagged(QuoteScanner.Quote q, Span h) {
        Span first = sentenceAt(h.begin());
        Span lastS = sentenceAt(h.end() - 1);
        Candidate covering = null;
        Candidate nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            if (c.cue == null || inside(q, c.cue) || !(in(first, c.cue) || in(lastS, c.cue))) {
                continue;
            }
            if (c.source != null && h.contains(c.source)) {
                continue;
            }
            if (overlapsContent(c, h) && !c.direct) {
                if (covering == null || c.contentHull().length() < covering.contentHull().length()) {
                    covering = c;
                }
            }
            int d = c.cue.end() <= h.begin() ? h.begin() - c.cue.end() : c.cue.begin() - h.end();
            boolean free = c.awaitingQuote || c.direct;
            if (free && d >= 0 && d < nearestDistance) {
                nearestDistance = d;
                nearest = c;
            }
        }
        return covering != null ? covering : nearest;
    }

    private Candidate awaiting(Span h) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.awaitingQuote && c.cue.end() <= h.begin() && paragraphIndex(h.begin()) - paragraphIndex(c.cue.begin()) <= 1) {
                best = c;
            }
        }
        return best;
    }

    /** Only speaker-tag words or nothing stand between the previous quote and this one, with no cue of their own. */
    private boolean continues(Span previous, Span h) {
        if (paragraphIndex(h.begin()) - paragraphIndex(previous.end() - 1) > 1) {
            return false;
        }
        for (Candidate c : candidates) {
            if (c.cue != null && c.cue.begin() >= previous.end() && c.cue.end() <= h.begin() && !c.direct) {
                return false;
            }
        }
        return h.begin() - previous.end() <= MAX_TAG_CHARS;
    }

    private boolean wholeParagraph(Span h) {
        int p = paragraphIndex(h.begin());
        if (p < 0) {
            return false;
        }
        Span para = paragraphs.get(p);
        return h.begin() - para.begin() <= 2 && (h.end() >= para.end() - 2 || h.length() >= 0.8 * para.length());
    }

    private Candidate speakerBefore(Span h) {
        int p = paragraphIndex(h.begin());
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.source != null && c.source.end() <= h.begin() && p - paragraphIndex(c.source.begin()) <= SPEAKER_REACH_PARAGRAPHS
                    && (best == null || c.source.begin() > best.source.begin())) {
                best = c;
            }
        }
        return best;
    }

    private static boolean overlapsContent(Candidate c, Span h) {
        for (Span s : c.content) {
            if (s.overlaps(h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(QuoteScanner.Quote q, Span s) {
        for (Span p : q.pieces()) {
            if (p.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean in(Span sentence, Span s) {
        return sentence != null && sentence.contains(s);
    }

    private Span sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).sentence.span();
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private int paragraphIndex(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
