package org.sitrep.model;

/** The 5W1H summary of an article's main event. */
public record MainEvent(String event, String who, String what, String when, String where, String why, String how) implements java.io.Serializable {
}
