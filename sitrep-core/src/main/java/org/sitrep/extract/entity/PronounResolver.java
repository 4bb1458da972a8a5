package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

/**
 * Conservative subject-pronoun resolution: "he" or "she" becomes a PRONOUN mention of a person when
 * exactly one person is named in the pronoun's sentence before it and in the sentence before that.
 * Otherwise (two candidates, none) the pronoun is left alone. Stateless and thread-safe.
 */
final class PronounResolver {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");

    private PronounResolver() {
    }

    static void resolve(List<Cluster> clusters, Tokens tokens) {
        List<Candidate> named = new ArrayList<>();
        Map<Candidate, Cluster> owner = new IdentityHashMap<>();
        for (Cluster cl : clusters) {
            if (cl.first().type() != EntityType.PERSON && (cl.entry == null || cl.entry.type() != EntityType.PERSON)) {
                continue;
            }
            for (Candidate c : cl.mentions) {
                named.add(c);
                owner.put(c, cl);
            }
        }
        named.sort(Comparator.comparingInt(Candidate::tokenBegin));
        int from = 0;
        for (int i = 0; i < tokens.size() && !named.isEmpty(); i++) {
            if (!SUBJECT_PRONOUNS.contains(tokens.lower(i))) {
                continue;
            }
            int sentenceStart = tokens.sentenceBegin(i);
            int windowStart = sentenceStart > 0 ? tokens.sentenceBegin(sentenceStart - 1) : sentenceStart;
            while (from < named.size() && named.get(from).tokenBegin() < windowStart) {
                from++;
            }
            Cluster only = null;
            boolean ambiguous = false;
            for (int k = from; k < named.size() && named.get(k).tokenBegin() < i; k++) {
                Cluster cl = owner.get(named.get(k));
                if (only != null && only != cl) {
                    ambiguous = true;
                    break;
                }
                only = cl;
            }
            if (only != null && !ambiguous) {
                var t = tokens.get(i);
                only.mentions.add(new Candidate(t.begin(), t.end(), i, i + 1, tokens.sentence(i), t.text(), EntityType.PERSON,
                        Mention.Kind.PRONOUN, List.of(), false));
            }
        }
        for (Cluster cl : clusters) {
            cl.mentions.sort(Comparator.comparingInt(Candidate::begin));
        }
    }
}
