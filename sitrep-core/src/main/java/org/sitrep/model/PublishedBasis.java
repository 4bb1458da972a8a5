package org.sitrep.model;

/** Where an article's publication date came from, in order of precedence. */
public enum PublishedBasis { GIVEN, METADATA, TEXT, INFERRED, UNKNOWN }
