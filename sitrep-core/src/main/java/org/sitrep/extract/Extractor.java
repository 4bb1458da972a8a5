package org.sitrep.extract;

import java.util.Set;
import org.sitrep.annotate.Capability;

/**
 * One fact type's extraction step. Implementations are stateless and thread-safe: heavy resources
 * (dictionaries, knowledge base) are loaded once and shared read-only; per-article state lives in
 * the {@link ExtractionContext}.
 */
public interface Extractor {
    /** A short stable name, used in provenance and diagnostics (time, entity, attribution, …). */
    String name();

    /** What must be in the context before this runs. */
    Set<Capability> requires();

    /** What this adds to the context. */
    Set<Capability> produces();

    /** Reads the context and adds its facts to it. Bad article data becomes a diagnostic. */
    void extract(ExtractionContext context);
}
