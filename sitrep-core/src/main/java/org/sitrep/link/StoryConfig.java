package org.sitrep.link;

/**
 * Settings of story clustering, validated once.
 *
 * @param threshold    cosine similarity (tf-idf) to a story's centroid needed to join it
 * @param windowDays   an article joins a story only within this many days of the story's dates
 *                     (when both are dated)
 * @param properWeight weight of a proper-noun or entity term against a common word (1)
 * @param queryTerms   how many of an article's heaviest terms look up candidate stories
 * @param centroidTerms how many terms a story's centroid keeps
 * @param candidates   how many candidate stories (most shared term weight) are compared in full
 */
public record StoryConfig(double threshold, int windowDays, double properWeight, int queryTerms, int centroidTerms,
                          int candidates) {
    public static final StoryConfig DEFAULT = new StoryConfig(0.3, 14, 3.0, 30, 400, 25);

    public StoryConfig {
        if (threshold <= 0 || threshold >= 1 || windowDays < 0 || properWeight <= 0 || queryTerms < 1 || centroidTerms < 1
                || candidates < 1) {
            throw new IllegalArgumentException("bad story settings: " + threshold + ", " + windowDays + ", "
                    + properWeight + ", " + queryTerms + ", " + centroidTerms);
        }
    }
}
