package org.sitrep.model;

import java.util.Objects;

/**
 * A piece of the raw text that cleaning removed.
 *
 * @param rawBegin offset of the removed text in the raw text (or -1 when not from the raw text)
 */
public record Removal(Kind kind, String text, int rawBegin) implements java.io.Serializable {
    /** Why it was removed. */
    public enum Kind { DUPLICATE_PARAGRAPH, DATELINE, BOILERPLATE, CREDIT }

    public Removal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
