package org.sitrep.link;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The MinHash signature of a text's shingle set, and the set's size: enough to estimate the
 * Jaccard similarity and the containment of two texts without reading them again.
 */
public record TextSignature(int[] minHashes, int shingleCount) {
    public TextSignature {
        Objects.requireNonNull(minHashes, "minHashes");
        minHashes = minHashes.clone();
        if (shingleCount < 0) {
            throw new IllegalArgumentException("shingleCount < 0");
        }
    }

    /** The signature of a text: {@code hashes} MinHash functions over its {@code k}-word shingles. */
    public static TextSignature of(String text, int k, int hashes) {
        long[] shingles = Shingles.of(text, k);
        int[] mins = new int[hashes];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < hashes; i++) {
                int v = (int) (Shingles.mix(s ^ SEEDS[i]) >>> 33);
                if (v < mins[i]) {
                    mins[i] = v;
                }
            }
        }
        return new TextSignature(mins, shingles.length);
    }

    private static final long[] SEEDS = seeds(1024);

    private static long[] seeds(int n) {
        long[] s = new long[n];
        long x = 0x5EED5EED1234L;
        for (int i = 0; i < n; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = Shingles.mix(x);
        }
        return s;
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(TextSignature other) {
        if (other.minHashes.length != minHashes.length) {
            throw new IllegalArgumentException("signatures of different lengths");
        }
        if (shingleCount == 0 || other.shingleCount == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < minHashes.length; i++) {
            if (minHashes[i] == other.minHashes[i]) {
                same++;
            }
        }
        return same / (double) minHashes.length;
    }

    /** Estimated share of the smaller set's shingles found in the other, from the Jaccard estimate. */
    public double containment(TextSignature other) {
        double j = jaccard(other);
        int min = Math.min(shingleCount, other.shingleCount);
        if (min == 0) {
            return 0;
        }
        double intersection = j * (shingleCount + other.shingleCount) / (1 + j);
        return Math.min(1.0, intersection / min);
    }

    /** A compact binary form: the shingle count then the hashes (for storage). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * minHashes.length);
        b.putInt(shingleCount);
        for (int h : minHashes) {
            b.putInt(h);
        }
        return b.array();
    }

    public static TextSignature fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int count = b.getInt();
        int[] mins = new int[(bytes.length - 4) / 4];
        for (int i = 0; i < mins.length; i++) {
            mins[i] = b.getInt();
        }
        return new TextSignature(mins, count);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSignature t && t.shingleCount == shingleCount && java.util.Arrays.equals(t.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(minHashes) + shingleCount;
    }

    @Override
    public String toString() {
        return "TextSignature[" + minHashes.length + " hashes, " + shingleCount + " shingles]";
    }
}
