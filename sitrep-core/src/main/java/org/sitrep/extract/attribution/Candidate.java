package org.sitrep.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * An attribution while it is being found: spans only, mutable, local to one article's extraction.
 * {@code twin} is the attribution whose source and cue a quote inside its content shares (scare
 * quotes inside reported speech); such a quote gets its twin's parent instead of the twin itself.
 */
final class Candidate {
    Span source;
    /** The head word of the source phrase, for linking to an entity. */
    Span sourceHead;
    Span cue;
    final List<Span> content = new ArrayList<>();
    boolean direct;
    Lexicon.CueClass cueClass;
    Candidate twin;
    Candidate parent;
    /** A source found before this attribution's sentence (quote-only paragraphs). */
    boolean inheritedSource;
    /** A cue ending in a colon ("Caddell continued:") whose content is the quote that follows. */
    boolean awaitingQuote;

    Candidate(Span source, Span cue, List<Span> content, boolean direct) {
        this.source = source;
        this.cue = cue;
        this.content.addAll(content);
        this.direct = direct;
    }

    /** The span from the first content piece to the last. */
    Span contentHull() {
        return new Span(content.get(0).begin(), content.get(content.size() - 1).end());
    }

    /** The first offset of the attribution (source, cue or content), for text order. */
    int begin() {
        int b = contentHull().begin();
        if (cue != null) {
            b = Math.min(b, cue.begin());
        }
        if (source != null && !inheritedSource) {
            b = Math.min(b, source.begin());
        }
        return b;
    }

    boolean contentContains(Span s) {
        for (Span c : content) {
            if (c.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
