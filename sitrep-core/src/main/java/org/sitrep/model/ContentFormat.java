package org.sitrep.model;

/** What the raw text of an article is. */
public enum ContentFormat { TEXT, HTML }
