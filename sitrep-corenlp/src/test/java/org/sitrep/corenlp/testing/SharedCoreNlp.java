package org.sitrep.corenlp.testing;

import org.sitrep.Sitrep;
import org.sitrep.corenlp.CoreNlpAnnotator;

/**
 * One CoreNLP annotator per test JVM (loading takes about 20 s): every model-backed test of a
 * module shares it.
 */
public final class SharedCoreNlp {
    private static CoreNlpAnnotator annotator;
    private static Sitrep sitrep;

    private SharedCoreNlp() {
    }

    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator();
        }
        return annotator;
    }

    /** The default facade over the shared annotator. */
    public static synchronized Sitrep sitrep() {
        if (sitrep == null) {
            sitrep = Sitrep.builder(annotator()).build();
        }
        return sitrep;
    }
}
