package org.sitrep.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.Sitrep;
import org.sitrep.annotate.Capability;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.corenlp.CoreNlpAnnotator;
import org.sitrep.extract.ExtractionConfig;

/** Builds the facade the commands use; loads the NLP models once per process. */
final class Engines {
    private static final Map<String, Sitrep> SHARED = new HashMap<>();

    private Engines() {
    }

    /** The default engine (CoreNLP-backed; -Dsitrep.annotator=simple for the model-free one), loaded on first use. */
    static synchronized Sitrep standard() {
        String name = System.getProperty("sitrep.annotator", "corenlp");
        return SHARED.computeIfAbsent(name, n -> {
            Annotator a = annotator(n);
            return Sitrep.builder(a).extractors(runnable(a, Extractors.defaults())).build();
        });
    }

    /** The default extractors whose needs the annotator (and the extractors before them) meet, in order. */
    static List<Extractor> runnable(Annotator a, List<Extractor> all) {
        Set<Capability> available = EnumSet.noneOf(Capability.class);
        available.addAll(a.provides());
        List<Extractor> out = new ArrayList<>();
        for (Extractor e : all) {
            if (available.containsAll(e.requires())) {
                out.add(e);
                available.addAll(e.produces());
            }
        }
        return out;
    }

    /** The default engine with the user's extraction configuration (e.g. extra knowledge-base files). */
    static synchronized Sitrep standard(ExtractionConfig config) {
        if (config.equals(ExtractionConfig.DEFAULT)) {
            return standard();
        }
        Annotator annotator = standard().pipeline().annotator();
        return Sitrep.builder(annotator).extractors(runnable(annotator, Extractors.defaults(config))).build();
    }

    static Annotator annotator(String name) {
        return switch (name) {
            case "simple" -> new SimpleAnnotator();
            case "corenlp" -> switch (System.getProperty("sitrep.parse", "all")) {
                // -Dsitrep.parse=triggers parses only sentences with an event trigger; none parses nothing
                // (the event stage then does not run): options measured by sitrep bench.
                case "triggers" -> new CoreNlpAnnotator(CoreNlpAnnotator.DEFAULT_MAX_PARSE_TOKENS,
                        org.sitrep.extract.event.EventExtractor.triggerFilter(ExtractionConfig.DEFAULT));
                case "none" -> new CoreNlpAnnotator(0);
                default -> new CoreNlpAnnotator();
            };
            default -> throw new IllegalArgumentException("unknown annotator '" + name + "' (corenlp or simple)");
        };
    }
}
