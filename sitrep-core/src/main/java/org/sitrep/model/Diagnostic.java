package org.sitrep.model;

import java.util.Objects;

/**
 * A problem with one article's data, reported instead of thrown so that a batch goes on.
 *
 * @param stage the pipeline stage that noticed it (ingest, clean, annotate, time, …)
 */
public record Diagnostic(Severity severity, String stage, String message) implements java.io.Serializable {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic warning(String stage, String message) {
        return new Diagnostic(Severity.WARNING, stage, message);
    }

    public static Diagnostic error(String stage, String message) {
        return new Diagnostic(Severity.ERROR, stage, message);
    }
}
