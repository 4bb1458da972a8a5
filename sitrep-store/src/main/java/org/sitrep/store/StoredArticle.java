package org.sitrep.store;

import org.sitrep.model.RawArticle;

/** A stored article: the raw input it came from and its analysis JSON including {@code corpus}. */
public record StoredArticle(RawArticle raw, String analysisJson) {
}
