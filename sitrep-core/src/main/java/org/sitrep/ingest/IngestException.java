package org.sitrep.ingest;

/** A file that cannot be read at all (missing, unreadable, not a supported kind). */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
