package org.sitrep.extract.time;

/**
 * What the text around an expression says that its value depends on: the clause's tense, whether
 * the text reports by quarters (then "a year ago" is the same quarter a year earlier), and the
 * point the text named last (the anchor of "the following year", "later that day"; may be null).
 */
record Clues(Tense tense, boolean quarterly, Reference previous) {
    static final Clues NONE = new Clues(Tense.NONE, false, null);
}
