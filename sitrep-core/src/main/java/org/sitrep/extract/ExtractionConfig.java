package org.sitrep.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * User configuration of the extractors, validated once when the pipeline is built.
 *
 * @param knowledgeBaseFiles extra knowledge-base files (same format as the shipped one), added to it
 * @param dictionaryFiles    extra event dictionaries (same format as the shipped one), added to it
 */
public record ExtractionConfig(List<Path> knowledgeBaseFiles, List<Path> dictionaryFiles) {
    public static final ExtractionConfig DEFAULT = new ExtractionConfig(List.of(), List.of());

    public ExtractionConfig {
        knowledgeBaseFiles = List.copyOf(knowledgeBaseFiles);
        dictionaryFiles = List.copyOf(dictionaryFiles);
    }
}
