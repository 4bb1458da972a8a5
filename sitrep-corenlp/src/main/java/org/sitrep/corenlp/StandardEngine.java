package org.sitrep.corenlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.Sitrep;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Capability;
import org.sitrep.annotate.SimpleAnnotator;
import org.sitrep.extract.ExtractionConfig;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.event.EventExtractor;

/**
 * Builds the standard facade by annotator name, for every front end (CLI, Spark executors):
 * "corenlp" (the default; -Dsitrep.parse=triggers|none limits the dependency parse) or
 * "simple" (model-free). Each call builds a new engine: callers keep one per process.
 */
public final class StandardEngine {
    private StandardEngine() {
    }

    /** The default engine for an annotator name, with the extractors that annotator can feed. */
    public static Sitrep build(String annotatorName, ExtractionConfig config) {
        Annotator a = annotator(annotatorName);
        return Sitrep.builder(a).extractors(runnable(a, Extractors.defaults(config))).build();
    }

    /** The default extractors whose needs the annotator (and the extractors before them) meet, in order. */
    public static List<Extractor> runnable(Annotator a, List<Extractor> all) {
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

    public static Annotator annotator(String name) {
        return switch (name) {
            case "simple" -> new SimpleAnnotator();
            case "corenlp" -> switch (System.getProperty("sitrep.parse", "all")) {
                // -Dsitrep.parse=triggers parses only sentences with an event trigger; none parses nothing
                // (the event stage then does not run): options measured by sitrep bench.
                case "triggers" -> new CoreNlpAnnotator(CoreNlpAnnotator.DEFAULT_MAX_PARSE_TOKENS,
                        EventExtractor.triggerFilter(ExtractionConfig.DEFAULT));
                case "none" -> new CoreNlpAnnotator(0);
                default -> new CoreNlpAnnotator();
            };
            default -> throw new IllegalArgumentException("unknown annotator '" + name + "' (corenlp or simple)");
        };
    }
}
