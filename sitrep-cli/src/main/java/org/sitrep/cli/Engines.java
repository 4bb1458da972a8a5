package org.sitrep.cli;

import org.sitrep.Sitrep;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.Extractors;

/** Builds the facade the commands use; loads the NLP models once per process. */
final class Engines {
    private static Sitrep shared;

    private Engines() {
    }

    /** The default engine (CoreNLP-backed), loaded on first use. */
    static synchronized Sitrep standard() {
        if (shared == null) {
            shared = Sitrep.builder(annotator(System.getProperty("sitrep.annotator", "corenlp"))).build();
        }
        return shared;
    }

    /** The default engine with the user's extraction configuration (e.g. extra knowledge-base files). */
    static synchronized Sitrep standard(ExtractionConfig config) {
        if (config.equals(ExtractionConfig.DEFAULT)) {
            return standard();
        }
        Annotator annotator = shared != null ? shared.pipeline().annotator()
                : annotator(System.getProperty("sitrep.annotator", "corenlp"));
        return Sitrep.builder(annotator).extractors(Extractors.defaults(config)).build();
    }

    static Annotator annotator(String name) {
        return switch (name) {
            case "simple" -> new SimpleAnnotator();
            case "corenlp" -> new CoreNlpAnnotator();
            default -> throw new IllegalArgumentException("unknown annotator '" + name + "' (corenlp or simple)");
        };
    }
}
