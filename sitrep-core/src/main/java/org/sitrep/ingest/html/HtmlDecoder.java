package org.sitrep.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns page bytes into text: gunzips gzip-compressed pages, caps the size, and picks the charset
 * from (in order) a byte-order mark, a {@code <meta charset>} or {@code http-equiv} declaration in
 * the first bytes, else strict UTF-8 when the bytes are valid UTF-8, else windows-1252 (what
 * browsers use for unlabelled Western pages). Labels follow the WHATWG rule that ISO-8859-1 and
 * US-ASCII mean windows-1252. Stateless.
 */
final class HtmlDecoder {
    /** Pages are cut to this many bytes (a 50 MB page is hostile, not an article). */
    static final int MAX_BYTES = 8 << 20;
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);

    /** Decoded text, the charset used, and what went wrong on the way (for diagnostics). */
    record Decoded(String text, Charset charset, List<String> problems) {
    }

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] raw) {
        List<String> problems = new java.util.ArrayList<>();
        byte[] bytes = raw;
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            } catch (IOException e) {
                problems.add("broken gzip data: " + e.getMessage());
            }
        }
        if (bytes.length > MAX_BYTES) {
            problems.add("page larger than " + (MAX_BYTES >> 20) + " MB: only its first " + (MAX_BYTES >> 20)
                    + " MB read");
            int cut = MAX_BYTES;
            // Cut at an ASCII byte so that a multi-byte character is not split.
            while (cut > MAX_BYTES - 16 && (bytes[cut - 1] & 0x80) != 0) {
                cut--;
            }
            bytes = Arrays.copyOf(bytes, cut);
        }
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, problems);
        }
        Charset declared = declaredCharset(bytes);
        boolean validUtf8 = isValidUtf8(bytes);
        Charset cs;
        if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && !validUtf8)) {
            cs = declared;
        } else if (validUtf8) {
            cs = StandardCharsets.UTF_8;
        } else {
            if (declared != null) {
                problems.add("page declares " + declared.name() + " but is not valid " + declared.name()
                        + ": decoded as windows-1252");
            }
            cs = windows1252();
        }
        return new Decoded(new String(bytes, cs), cs, problems);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset named by a meta tag in the first bytes, or null when none or unknown. */
    static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        return forLabel(m.group(1));
    }

    /** A charset for a label, WHATWG-style (latin-1 labels mean windows-1252); null when unknown. */
    static Charset forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii")
                || l.equals("ascii") || l.equals("iso8859-1") || l.equals("l1")) {
            return windows1252();
        }
        if (l.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        // A page that calls itself UTF-16 in an ASCII-readable meta tag is not UTF-16.
        if (l.startsWith("utf-16") || l.startsWith("utf16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset windows1252() {
        try {
            return Charset.forName("windows-1252");
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    static boolean isValidUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

}
