package org.sitrep.model;

import java.util.Arrays;

/**
 * Maps offsets of a cleaned text back to the raw text it was cut from. Built from the runs of
 * characters copied verbatim: cleaned {@code [cleanStart[i], cleanStart[i] + length[i])} came from
 * raw {@code [rawStart[i], …)}. Characters inserted by cleaning (paragraph breaks) map to the raw
 * offset of the next copied character.
 */
public final class OffsetMap implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] cleanStart;
    private final int[] rawStart;
    private final int[] length;

    public OffsetMap(int[] cleanStart, int[] rawStart, int[] length) {
        if (cleanStart.length != rawStart.length || rawStart.length != length.length) {
            throw new IllegalArgumentException("run arrays differ in length");
        }
        this.cleanStart = cleanStart.clone();
        this.rawStart = rawStart.clone();
        this.length = length.clone();
    }

    /** The identity map for a text copied whole. */
    public static OffsetMap identity(int textLength) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {textLength});
    }

    /** The raw offset of cleaned offset {@code clean}. */
    public int toRaw(int clean) {
        int i = Arrays.binarySearch(cleanStart, clean);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return rawStart.length == 0 ? 0 : rawStart[0];
        }
        int within = clean - cleanStart[i];
        if (within <= length[i]) {
            return rawStart[i] + within;
        }
        return i + 1 < rawStart.length ? rawStart[i + 1] : rawStart[i] + length[i];
    }

    public int runs() {
        return cleanStart.length;
    }
}
