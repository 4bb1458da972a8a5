package org.sitrep.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text as 64-bit hashes: the text is lower-cased, accents folded, split into
 * runs of letters and digits; every window of {@code k} consecutive words is one shingle. A text
 * shorter than {@code k} words is one shingle. Stateless and thread-safe.
 */
public final class Shingles {
    private Shingles() {
    }

    /** The words of a text as the shingler sees them. */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** The distinct shingle hashes of a text (unordered). */
    public static long[] of(String text, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k < 1: " + k);
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = words.stream().mapToLong(Shingles::hash).toArray();
        int n = Math.max(1, wordHashes.length - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + k, wordHashes.length); j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            out[i] = h;
        }
        return java.util.Arrays.stream(out).distinct().toArray();
    }

    static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a good 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
