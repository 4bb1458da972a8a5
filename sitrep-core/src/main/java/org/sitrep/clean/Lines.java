package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw text into paragraphs of lines. A line holding only white space (including no-break
 * and other Unicode spaces) and invisible characters is blank; blank lines separate paragraphs. A text with no
 * blank line at all but more than two lines has one paragraph per line.
 */
final class Lines {
    private Lines() {
    }

    /** White space, including no-break and other Unicode spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Characters that show nothing (soft hyphen, zero-width space and joiners, byte-order mark): dropped. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isBlank(char c) {
        return isSpace(c) || isInvisible(c);
    }

    /** The next line break at or after {@code from} (\\n, \\r, \\r\\n, U+0085, U+2028, U+2029), or -1. */
    private static int nextBreak(String src, int from) {
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    /** Paragraphs; each a list of its lines' {@code [begin, end)} without surrounding white space. */
    static List<List<int[]>> paragraphs(String src) {
        List<int[]> lines = new ArrayList<>(); // null entries for blank lines
        int start = 0;
        int n = src.length();
        boolean anyBlankBetween = false;
        boolean blankSinceText = false;
        int nonBlank = 0;
        while (start <= n) {
            int nl = nextBreak(src, start);
            int end = nl < 0 ? n : nl;
            int b = start;
            int e = end;
            while (b < e && isBlank(src.charAt(b))) {
                b++;
            }
            while (e > b && isBlank(src.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                lines.add(new int[] {b, e});
                anyBlankBetween |= blankSinceText;
                nonBlank++;
            } else {
                blankSinceText = nonBlank > 0;
                lines.add(null);
            }
            if (nl < 0) {
                break;
            }
            start = nl + (src.charAt(nl) == '\r' && nl + 1 < n && src.charAt(nl + 1) == '\n' ? 2 : 1);
        }
        boolean linePerParagraph = !anyBlankBetween && nonBlank > 2;
        List<List<int[]>> paras = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        for (int[] line : lines) {
            if (line == null || linePerParagraph) {
                if (!current.isEmpty()) {
                    paras.add(current);
                    current = new ArrayList<>();
                }
            }
            if (line != null) {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paras.add(current);
        }
        return paras;
    }
}
