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

    /**
     * The LSH band keys of a signature, band by band: two texts are candidate duplicates when they
     * share a key (the index and a distributed job both bucket texts by these keys).
     */
    public long[] bandKeys(TextSignature sig) {
        int[] h = sig.minHashes();
        long[] keys = new long[h.length / rowsPerBand];
        for (int band = 0; band < keys.length; band++) {
            long k = band;
            for (int i = 0; i < rowsPerBand; i++) {
                k = Shingles.mix(k * 0x100000001B3L + h[band * rowsPerBand + i]);
            }
            keys[band] = k;
        }
        return keys;
    }

    /**
     * Whether a text duplicates a candidate (an earlier text sharing a band key): a copy, a rewrite,
     * or null when the estimated similarities miss the thresholds.
     */
    public DuplicateMatch match(TextSignature sig, String otherId, TextSignature other) {
        double j = sig.jaccard(other);
        double containment = sig.containment(other);
        double shared = j * (sig.shingleCount() + other.shingleCount()) / (1 + j);
        if (shared + 1e-9 < Math.min(minSharedShingles, Math.min(sig.shingleCount(), other.shingleCount()))) {
            return null;
        }
        if (j >= copyJaccard) {
            return new DuplicateMatch(otherId, DuplicateKind.COPY_OF, j, containment);
        } else if (containment >= rewriteContainment) {
            return new DuplicateMatch(otherId, DuplicateKind.REWRITE_OF, j, containment);
        }
        return null;
    }
}
