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
        list.add(new org.sitrep.extract.time.TimeExtractor());
        list.add(new org.sitrep.extract.entity.EntityExtractor(config));
        list.add(new org.sitrep.extract.attribution.AttributionExtractor());
        list.add(new org.sitrep.extract.event.EventExtractor(config));
        return List.copyOf(list);
    }
}
