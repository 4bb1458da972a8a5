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
        return SHARED.computeIfAbsent(name, n -> build(annotator(n)));
    }

    /** The facade with the default extractors this annotator can feed (the simple one feeds fewer). */
    static Sitrep build(Annotator annotator) {
        java.util.Set<org.sitrep.annotate.Capability> available = new java.util.HashSet<>(annotator.provides());
        java.util.List<org.sitrep.extract.Extractor> usable = new java.util.ArrayList<>();
        for (org.sitrep.extract.Extractor e : org.sitrep.extract.Extractors.defaults()) {
            if (available.containsAll(e.requires())) {
                usable.add(e);
                available.addAll(e.produces());
            }
        }
        return Sitrep.builder(annotator).extractors(usable).build();
    }

    static Annotator annotator(String name) {
        return switch (name) {
            case "simple" -> new SimpleAnnotator();
            case "corenlp" -> new CoreNlpAnnotator();
            default -> throw new IllegalArgumentException("unknown annotator '" + name + "' (corenlp or simple)");
        };
    }
}
