package org.sitrep.spark;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.Sitrep;
import org.sitrep.corenlp.StandardEngine;
import org.sitrep.extract.ExtractionConfig;

/**
 * One analysis engine per executor JVM, created on first use by a task and shared by every task
 * of that JVM (the facade is thread-safe). Never serialised: functions name the annotator, and
 * each executor builds its own.
 */
final class ExecutorEngine {
    private static final Map<String, Sitrep> ENGINES = new HashMap<>();

    private ExecutorEngine() {
    }

    static synchronized Sitrep get(String annotator) {
        return ENGINES.computeIfAbsent(annotator, a -> StandardEngine.build(a, ExtractionConfig.DEFAULT));
    }

    /** How many engines this JVM built (one per annotator name), for tests. */
    static synchronized int built() {
        return ENGINES.size();
    }
}
