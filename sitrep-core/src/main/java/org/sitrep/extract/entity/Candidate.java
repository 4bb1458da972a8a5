package org.sitrep.extract.entity;

import java.util.List;
import org.sitrep.kb.KnowledgeBase;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

/**
 * A mention found in the article before identity is resolved.
 *
 * @param tokenBegin document-level index of its first token
 * @param tokenEnd   document-level index after its last token
 * @param options    the knowledge-base names it may denote (empty when none)
 * @param fromNer    true when the annotator's NER found it (false: only the knowledge base did)
 */
record Candidate(int begin, int end, int tokenBegin, int tokenEnd, int sentence, String text, EntityType type,
                 Mention.Kind kind, List<KnowledgeBase.Name> options, boolean fromNer) {
    Candidate {
        options = List.copyOf(options);
    }

    Candidate with(EntityType newType, Mention.Kind newKind, List<KnowledgeBase.Name> newOptions) {
        return new Candidate(begin, end, tokenBegin, tokenEnd, sentence, text, newType, newKind, newOptions, fromNer);
    }

    boolean overlaps(Candidate o) {
        return begin < o.end && o.begin < end;
    }

    boolean contains(Candidate o) {
        return begin <= o.begin && o.end <= end;
    }

    int tokens() {
        return tokenEnd - tokenBegin;
    }
}
