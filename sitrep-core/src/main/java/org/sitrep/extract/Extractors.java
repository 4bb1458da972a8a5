package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;

/** The default extractors, in the order they run. Each fact type's package adds its extractor here. */
public final class Extractors {
    private Extractors() {
    }

    public static List<Extractor> defaults() {
        return defaults(ExtractionConfig.DEFAULT);
    }

    public static List<Extractor> defaults(ExtractionConfig config) {
        List<Extractor> list = new ArrayList<>();
        // time, entity, attribution, event (in this order) are added here as they land.
        list.add(new org.sitrep.extract.entity.EntityExtractor(config));
        return List.copyOf(list);
    }
}
