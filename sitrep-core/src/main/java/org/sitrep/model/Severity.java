package org.sitrep.model;

/** How serious a diagnostic is. */
public enum Severity { WARNING, ERROR }
