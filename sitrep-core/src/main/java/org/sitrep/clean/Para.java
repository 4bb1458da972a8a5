package org.sitrep.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A piece of cleaned text with, for each character, the raw offset it was copied from (or -1 for a
 * character cleaning made up). Whitespace inside is normalised to single spaces. Immutable.
 */
final class Para {
    final String text;
    private final int[] raw;

    private Para(String text, int[] raw) {
        this.text = text;
        this.raw = raw;
    }

    /** The raw lines {@code [begin, end)} of {@code src} joined by single spaces, whitespace runs collapsed. */
    static Para of(String src, List<int[]> lines) {
        StringBuilder sb = new StringBuilder();
        int[] map = new int[16];
        int n = 0;
        int pendingSpace = -2; // -2: none; -1: a made-up space; else the raw offset of a copied space
        for (int[] line : lines) {
            if (sb.length() > 0 && pendingSpace == -2) {
                pendingSpace = -1;
            }
            for (int i = line[0]; i < line[1]; i++) {
                char c = src.charAt(i);
                if (Lines.isInvisible(c)) {
                    continue;
                }
                if (Lines.isSpace(c)) {
                    if (sb.length() > 0 && (pendingSpace < 0)) {
                        pendingSpace = c == ' ' ? i : -1;
                    }
                    continue;
                }
                if (pendingSpace != -2) {
                    if (n + 1 >= map.length) {
                        map = Arrays.copyOf(map, map.length * 2);
                    }
                    sb.append(' ');
                    map[n++] = pendingSpace;
                    pendingSpace = -2;
                }
                if (n + 1 >= map.length) {
                    map = Arrays.copyOf(map, map.length * 2);
                }
                sb.append(c);
                map[n++] = i;
            }
        }
        return new Para(sb.toString(), Arrays.copyOf(map, n));
    }

    /** Text made up by cleaning (a headline from metadata): no raw offsets. */
    static Para inserted(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int[] map = new int[t.length()];
        Arrays.fill(map, -1);
        return new Para(t, map);
    }

    Para sub(int begin, int end) {
        return new Para(text.substring(begin, end), Arrays.copyOfRange(raw, begin, end));
    }

    /** This without leading and trailing spaces. */
    Para strip() {
        int b = 0;
        int e = text.length();
        while (b < e && text.charAt(b) == ' ') {
            b++;
        }
        while (e > b && text.charAt(e - 1) == ' ') {
            e--;
        }
        return b == 0 && e == text.length() ? this : sub(b, e);
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The raw offset of character i, or -1 when cleaning made it up. */
    int raw(int i) {
        return raw[i];
    }

    /** The raw offset of the first copied character, or -1. */
    int rawBegin() {
        for (int r : raw) {
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** Letters and digits only, lower case: what duplicate detection compares. */
    String key() {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
