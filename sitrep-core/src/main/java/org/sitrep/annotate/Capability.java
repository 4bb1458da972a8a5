package org.sitrep.annotate;

/** What an annotator (or an extractor) puts into the analysis; checked when a pipeline is built. */
public enum Capability {
    TOKENS, SENTENCES, POS, LEMMAS, NER, DEPENDENCIES,
    TIMES, ENTITIES, ATTRIBUTIONS, EVENTS, MAIN_EVENT
}
