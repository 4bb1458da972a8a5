package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Reads at most a given number of bytes from a file (gunzipping {@code .gz}), so that no input can exhaust memory. */
final class BoundedInput {
    /** The first bytes of a file and whether there were more. */
    record Prefix(byte[] bytes, boolean truncated) {
    }

    private BoundedInput() {
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            try {
                return new GZIPInputStream(in, 65536);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }

    static Prefix read(Path file, int max) throws IOException {
        try (InputStream in = open(file)) {
            return read(in, max);
        }
    }

    static Prefix read(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max);
        return new Prefix(bytes, bytes.length == max && in.read() >= 0);
    }

    /**
     * Reads lines of at most {@code max} bytes; a longer line is reported with its first {@code max}
     * bytes and {@code truncated} set, and the rest of it is skipped.
     */
    static final class LineReader {
        private final InputStream in;
        private final int max;
        private boolean eof;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its terminator, or null at the end of input. */
        Prefix next() throws IOException {
            if (eof) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean truncated = false;
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (line.size() < max) {
                    line.write(c);
                } else {
                    truncated = true;
                }
            }
            if (c < 0) {
                eof = true;
                if (line.size() == 0 && !truncated) {
                    return null;
                }
            }
            byte[] b = line.toByteArray();
            int n = b.length;
            if (n > 0 && b[n - 1] == '\r') {
                n--;
            }
            return new Prefix(n == b.length ? b : java.util.Arrays.copyOf(b, n), truncated);
        }
    }
}
