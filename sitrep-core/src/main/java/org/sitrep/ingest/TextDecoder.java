package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Diagnostic;

/**
 * Decodes the bytes of a text article. Order: a byte-order mark (UTF-8, UTF-16LE/BE); UTF-16
 * without a mark when every other byte is zero; strict UTF-8; else windows-1252 with a WARNING.
 * Bytes that do not look like text at all (zero bytes, many control characters) give an ERROR
 * "not text" and an empty string. Stateless and thread-safe.
 */
final class TextDecoder {
    /** Share of control characters (other than tab, line feed, form feed, carriage return) above which bytes are binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text and the problems met. */
    record Decoded(String text, Charset charset, List<Diagnostic> diagnostics) {
    }

    private TextDecoder() {
    }

    static Decoded decode(String origin, byte[] b) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return checked(origin, lenient(b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, diagnostics);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return checked(origin, lenient(b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, diagnostics);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return checked(origin, lenient(b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, diagnostics);
        }
        Charset utf16 = unmarkedUtf16(b);
        if (utf16 != null) {
            return checked(origin, lenient(b, 0, utf16), utf16, diagnostics);
        }
        if (binary(b)) {
            diagnostics.add(Diagnostic.error("ingest", origin + ": not text (binary data)"));
            return new Decoded("", null, diagnostics);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(s, StandardCharsets.UTF_8, diagnostics);
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.warning("ingest", origin + ": not valid UTF-8 (first bad byte at offset "
                    + firstBadUtf8(b) + "); read as windows-1252"));
            return new Decoded(lenient(b, 0, WINDOWS_1252), WINDOWS_1252, diagnostics);
        }
    }

    private static Decoded checked(String origin, String s, Charset cs, List<Diagnostic> diagnostics) {
        long control = s.chars().filter(TextDecoder::isControl).count();
        if (s.indexOf('\0') >= 0 || control > MAX_CONTROL_SHARE * s.length()) {
            diagnostics.add(Diagnostic.error("ingest", origin + ": not text (binary data after a " + cs + " mark)"));
            return new Decoded("", null, diagnostics);
        }
        return new Decoded(s, cs, diagnostics);
    }

    private static String lenient(byte[] b, int from, Charset cs) {
        return new String(b, from, b.length - from, cs);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 without a byte-order mark: at least 90% of the even (BE) or odd (LE) bytes are zero, the others not. */
    private static Charset unmarkedUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (evenZero >= 0.9 * pairs && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero >= 0.9 * pairs && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Zero bytes, or more than 1% control bytes in the first 64 KiB. */
    static boolean binary(byte[] b) {
        int n = Math.min(b.length, 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            control += isControl(c) ? 1 : 0;
        }
        return control > MAX_CONTROL_SHARE * n;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static int firstBadUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int extra = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (extra < 0 || i + extra >= b.length) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return b.length;
    }

    /** The length of the longest prefix of {@code b[0, n)} that does not end inside a UTF-8 sequence. */
    static int utf8Boundary(byte[] b, int n) {
        int i = n;
        while (i > 0 && i > n - 4 && (b[i - 1] & 0xC0) == 0x80) {
            i--;
        }
        if (i > 0 && (b[i - 1] & 0xFF) >= 0xC0) {
            int lead = b[i - 1] & 0xFF;
            int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            return (n - (i - 1)) >= need ? n : i - 1;
        }
        return n;
    }
}
