package org.sitrep.extract;

import java.util.List;

/** The default extractors, in the order they run. Each fact type's package adds its extractor here. */
public final class Extractors {
    private Extractors() {
    }

    public static List<Extractor> defaults() {
        return List.of();
    }
}
