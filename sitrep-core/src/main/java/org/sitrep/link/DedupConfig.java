package org.sitrep.link;

/**
 * Settings of near-duplicate detection, validated once.
 *
 * @param shingleWords     words per shingle
 * @param hashes           MinHash functions (a multiple of {@code rowsPerBand})
 * @param rowsPerBand      LSH rows per band: fewer rows find less similar pairs as candidates
 * @param copyJaccard      estimated Jaccard at or above which a pair is a copy
 * @param rewriteContainment estimated containment at or above which a pair is a rewrite
 * @param minSharedShingles estimated shared shingles a duplicate needs at least (keeps tiny texts apart)
 */
public record DedupConfig(int shingleWords, int hashes, int rowsPerBand, double copyJaccard,
                          double rewriteContainment, int minSharedShingles) {
    public static final DedupConfig DEFAULT = new DedupConfig(4, 256, 2, 0.85, 0.7, 8);

    public DedupConfig {
        if (shingleWords < 1 || hashes < 1 || rowsPerBand < 1 || hashes % rowsPerBand != 0) {
            throw new IllegalArgumentException("bad MinHash settings: " + shingleWords + " words, " + hashes
                    + " hashes, " + rowsPerBand + " rows per band");
        }
        if (copyJaccard <= 0 || copyJaccard > 1 || rewriteContainment <= 0 || rewriteContainment > 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
    }

    public TextSignature signature(String text) {
        return TextSignature.of(text, shingleWords, hashes);
    }
}
