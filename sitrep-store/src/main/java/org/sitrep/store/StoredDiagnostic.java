package org.sitrep.store;

/** A diagnostic kept in the store, with the article or input it is about. */
public record StoredDiagnostic(String articleId, String origin, String severity, String stage, String message) {
}
