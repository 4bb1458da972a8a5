package org.sitrep.extract.time;

/**
 * What the sentence around an expression says that its value depends on: the clause's tense, and
 * whether the sentence reports by quarters (then "a year ago" is the same quarter a year earlier).
 */
record Clues(Tense tense, boolean quarterly) {
    static final Clues NONE = new Clues(Tense.NONE, false);
}
