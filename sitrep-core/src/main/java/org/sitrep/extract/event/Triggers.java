package org.sitrep.extract.event;

import java.util.List;
import org.sitrep.extract.event.EventDictionary.Entry;
import org.sitrep.extract.event.EventDictionary.FrameKind;
import org.sitrep.extract.event.EventDictionary.Pos;
import org.sitrep.extract.factuality.DependencyView;

/** Matches a token against the dictionary, preferring an entry whose frame the parse shows. Stateless. */
final class Triggers {
    private Triggers() {
    }

    /** The entry token i triggers, or null (auxiliaries, copulas and proper nouns never trigger). */
    static Entry match(EventDictionary dictionary, DependencyView v, int i) {
        Pos pos = pos(v, i);
        if (pos == null) {
            return null;
        }
        String r = v.relation(i);
        if (r.startsWith("aux") || r.equals("cop") || pos == Pos.N && r.equals("compound")) {
            return null;
        }
        List<Entry> entries = dictionary.entries(v.lemma(i), pos);
        if (entries.isEmpty() && pos == Pos.V) {
            entries = dictionary.entries(v.word(i), pos);
        }
        Entry generic = null;
        for (Entry e : entries) {
            if (e.frame() == FrameKind.ANY) {
                generic = e;
            } else if (frameMatches(v, i, e)) {
                return e;
            }
        }
        return generic;
    }

    /** "accepted an invitation": a noun that completes another trigger's frame is not an event of its own. */
    static boolean isFrameArgument(EventDictionary dictionary, DependencyView v, int i) {
        int h = v.head(i);
        if (!v.isNoun(i) || h < 0) {
            return false;
        }
        Entry governor = match(dictionary, v, h);
        return governor != null && governor.frame() == FrameKind.ARG && governor.frameWord().equals(v.lemma(i));
    }

    private static Pos pos(DependencyView v, int i) {
        String p = v.pos(i);
        if (p.startsWith("VB")) {
            return Pos.V;
        }
        if (p.equals("NN") || p.equals("NNS")) {
            return Pos.N;
        }
        if (p.startsWith("JJ")) {
            return Pos.A;
        }
        return null;
    }

    private static boolean frameMatches(DependencyView v, int i, Entry e) {
        for (int c : v.children(i)) {
            switch (e.frame()) {
                case PREP -> {
                    if ((v.is(c, "obl") || v.is(c, "nmod") || v.is(c, "advcl")) && v.marker(c).equals(e.frameWord())) {
                        return true;
                    }
                }
                case PARTICLE -> {
                    if (v.is(c, "compound:prt") && v.word(c).equals(e.frameWord())) {
                        return true;
                    }
                }
                case ARG -> {
                    if (v.lemma(c).equals(e.frameWord()) || v.word(c).equals(e.frameWord())) {
                        return true;
                    }
                    for (int g : v.children(c)) {
                        if (v.lemma(g).equals(e.frameWord()) && !v.is(g, "case")) {
                            return true;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }
}
