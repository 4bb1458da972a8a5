package org.sitrep.cli;

import org.sitrep.Sitrep;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.corenlp.CoreNlpAnnotator;

/** Builds the facade the commands use; loads the NLP models once per process. */
final class Engines {
    private static final java.util.Map<String, Sitrep> SHARED = new java.util.HashMap<>();

    private Engines() {
    }

    /** The default engine (CoreNLP-backed), loaded on first use. */
    static synchronized Sitrep standard() {
        String name = System.getProperty("sitrep.annotator", "corenlp");
        return SHARED.computeIfAbsent(name, n -> Sitrep.builder(annotator(n)).build());
    }

    static Annotator annotator(String name) {
        return switch (name) {
            case "simple" -> new SimpleAnnotator();
            case "corenlp" -> new CoreNlpAnnotator();
            default -> throw new IllegalArgumentException("unknown annotator '" + name + "' (corenlp or simple)");
        };
    }
}
