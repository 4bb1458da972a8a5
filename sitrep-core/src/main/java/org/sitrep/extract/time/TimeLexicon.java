package org.sitrep.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The temporal vocabulary: word → (class, value) entries read from {@code lexicon.tsv}.
 * Immutable and thread-safe once loaded.
 */
final class TimeLexicon {
    /** One reading of a word: a token class (MONTH, UNIT, SHIFT…) and its value (9, Y, -1…). */
    record Entry(String cls, String value) {
    }

    private static final TimeLexicon DEFAULT = load("lexicon.tsv");
    private final Map<String, List<Entry>> entries;

    private TimeLexicon(Map<String, List<Entry>> entries) {
        this.entries = entries;
    }

    static TimeLexicon defaults() {
        return DEFAULT;
    }

    static TimeLexicon load(String resource) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (String line : Resources.lines(resource)) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 3) {
                throw new IllegalStateException(resource + ": bad line '" + line + "'");
            }
            map.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Entry(f[1], f[2]));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new TimeLexicon(Map.copyOf(map));
    }

    /** The readings of a lower-cased word (empty when it is not temporal vocabulary). */
    List<Entry> lookup(String lowerWord) {
        return entries.getOrDefault(lowerWord, List.of());
    }

    /** The value of the word's reading in the class, or null. */
    String value(String lowerWord, String cls) {
        for (Entry e : lookup(lowerWord)) {
            if (e.cls().equals(cls)) {
                return e.value();
            }
        }
        return null;
    }

    /** Reads a resource of this package as non-comment, non-blank lines. */
    static final class Resources {
        private Resources() {
        }

        static List<String> lines(String resource) {
            List<String> out = new ArrayList<>();
            try (InputStream in = Objects.requireNonNull(TimeLexicon.class.getResourceAsStream("/org/sitrep/time/" + resource),
                    resource);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
