package org.sitrep.store;

import org.sitrep.model.CorpusLinks;

/** What storing one article did: whether it replaced an earlier version, and its corpus links. */
public record PutResult(String articleId, boolean replaced, CorpusLinks links) {
}
