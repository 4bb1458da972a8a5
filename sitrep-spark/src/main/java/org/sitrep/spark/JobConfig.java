package org.sitrep.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * What one run of {@link AnalyzeJob} does; shipped to the executors (Java-serialised).
 *
 * @param input      a file or folder on any Hadoop-compatible file system (JSON Lines, text, HTML, WARC)
 * @param output     the output folder: {@code json/} (JSON Lines) and {@code tables/<table>/} (Parquet)
 * @param annotator  "corenlp" (default) or "simple" (model-free)
 * @param partitions how many partitions the articles are spread over for analysis
 */
public record JobConfig(String input, String output, String annotator, int partitions) implements Serializable {
    public JobConfig {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(annotator, "annotator");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1");
        }
    }
}
