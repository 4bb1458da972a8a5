package org.sitrep.extract.factuality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whitespace-separated word tables that keep Sitrep's rules as data ('#' starts a comment
 * line; blank lines are skipped). Stateless.
 */
public final class Lexicons {
    private Lexicons() {
    }

    /** One table row: its columns and its line number (for error messages). */
    public record Row(String[] columns, int line) {
    }

    /** The rows of a classpath resource; a missing resource is a packaging error. */
    public static List<Row> resource(String name) {
        try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return rows(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a reader (not closed). */
    public static List<Row> rows(Reader reader) throws IOException {
        List<Row> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(new Row(line.split("\\s+"), n));
            }
        }
        return out;
    }
}
