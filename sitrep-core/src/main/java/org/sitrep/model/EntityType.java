package org.sitrep.model;

/** Sitrep's entity types. */
public enum EntityType { PERSON, ORGANIZATION, COUNTRY, LOCATION, FACILITY, OTHER }
