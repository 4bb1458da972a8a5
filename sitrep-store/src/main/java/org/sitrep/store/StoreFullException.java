package org.sitrep.store;

/**
 * The disk under the store is full (or below the free space the caller asked to keep). The write
 * that hit it was rolled back; everything stored before it is intact.
 */
public class StoreFullException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreFullException(String message) {
        super(message);
    }

    public StoreFullException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether a failure (or any of its causes) says the disk is full: the operating system's
     * ENOSPC text as DuckDB, Lucene and the JDK report it, Windows' wording, or PostgreSQL's
     * SQLSTATE 53100 (disk_full).
     */
    public static boolean isDiskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLException s && "53100".equals(s.getSQLState())) {
                return true;
            }
            String m = c.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("no space left on device") || lower.contains("not enough space on the disk")
                        || lower.contains("disk full") || lower.contains("disk quota exceeded")) {
                    return true;
                }
            }
        }
        return false;
    }
}
