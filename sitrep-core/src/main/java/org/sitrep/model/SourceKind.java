package org.sitrep.model;

/** What kind of source of information an entity or a described source is. */
public enum SourceKind { WIRE_SERVICE, STATE_MEDIA, NEWSPAPER, BROADCASTER, GOVERNMENT, OFFICIAL, EXPERT, ANONYMOUS }
