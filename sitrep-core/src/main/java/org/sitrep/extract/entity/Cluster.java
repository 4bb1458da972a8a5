package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.kb.KbEntry;

/** The mentions found to be one real thing, while identity is being resolved. Per-article, mutable. */
final class Cluster {
    final List<Candidate> mentions = new ArrayList<>();
    final List<RoleFinder.Role> roles = new ArrayList<>();
    KbEntry entry;

    Cluster(Candidate first, KbEntry entry) {
        mentions.add(first);
        this.entry = entry;
    }

    Candidate first() {
        return mentions.get(0);
    }

    /** The longest NAME mention text (the fullest form of the name). */
    String fullestName() {
        String best = first().text();
        for (Candidate c : mentions) {
            if (c.kind() == org.sitrep.model.Mention.Kind.NAME && c.text().length() > best.length()) {
                best = c.text();
            }
        }
        return best;
    }

    /** The end offset of the last mention that starts before {@code offset}, or -1. */
    int lastMentionBefore(int offset) {
        int last = -1;
        for (Candidate c : mentions) {
            if (c.begin() < offset) {
                last = Math.max(last, c.begin());
            }
        }
        return last;
    }

    int firstBegin() {
        int b = Integer.MAX_VALUE;
        for (Candidate c : mentions) {
            b = Math.min(b, c.begin());
        }
        return b;
    }
}
