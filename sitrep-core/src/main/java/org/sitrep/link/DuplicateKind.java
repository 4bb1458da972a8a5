package org.sitrep.link;

/** How one article repeats another. */
public enum DuplicateKind {
    /** Near-identical text: a syndicated copy (dateline, footer, whitespace may differ). */
    COPY_OF,
    /** The same story rewritten: paragraphs dropped or shortened, words changed. */
    REWRITE_OF
}
