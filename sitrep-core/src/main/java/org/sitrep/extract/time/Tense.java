package org.sitrep.extract.time;

/** The tense of the clause an expression sits in, as far as it decides a weekday's direction. */
enum Tense { PAST, PRESENT, FUTURE, NONE }
