package org.sitrep.spark;

/**
 * What a run of {@link AnalyzeJob} produced.
 *
 * @param failures articles that could not be read or analysed, or whose analysis stopped with an ERROR
 * @param nanos         wall time of the run (session start excluded)
 * @param analysisNanos of which listing, reading and analysing (before the JSON, linking and Parquet stages)
 */
public record JobSummary(long files, long articles, long failures, long nanos, long analysisNanos) {
    public long seconds() {
        return nanos / 1_000_000_000L;
    }
}
