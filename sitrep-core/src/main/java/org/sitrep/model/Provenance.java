package org.sitrep.model;

import java.util.List;

/** What produced an analysis: Sitrep's version, the pipeline's stages and the models used. */
public record Provenance(String sitrepVersion, String pipeline, List<String> models) implements java.io.Serializable {
    public Provenance {
        models = List.copyOf(models);
    }
}
