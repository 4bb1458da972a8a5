package org.sitrep.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.EntityType;
import org.sitrep.model.SourceKind;

/**
 * The knowledge-base file format (shipped files and users' {@code --kb} files alike): UTF-8
 * tab-separated values; lines starting with {@code #} are comments; the first other line is the
 * header, exactly {@link #HEADER}; then one entry per line. Empty fields are unknown; list fields
 * (aliases, demonyms, metonyms) separate their items with {@code |}. A later entry with the id of an
 * earlier one completes it (lists united, its non-empty fields win), so a user file can add aliases
 * to a shipped entry by repeating its id. Stateless.
 */
public final class KbFormat {
    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("id", "type", "name", "aliases", "demonyms", "metonyms",
            "country", "sector", "sourceKind", "role", "lat", "lon", "population", "wikidata");
    public static final String HEADER = String.join("\t", COLUMNS);

    private KbFormat() {
    }

    /**
     * Reads entries.
     *
     * @param origin named in error messages
     * @throws IllegalArgumentException naming the origin and line when a line is malformed
     */
    public static List<KbEntry> read(BufferedReader in, String origin) throws IOException {
        List<KbEntry> out = new ArrayList<>();
        boolean header = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new IllegalArgumentException(origin + ":" + lineNo + ": expected the header line '"
                            + HEADER.replace("\t", "<TAB>") + "'");
                }
                header = true;
                continue;
            }
            try {
                out.add(parse(line.split("\t", -1)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(origin + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static KbEntry parse(String[] f) {
        if (f.length != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " tab-separated fields, found " + f.length);
        }
        String kind = blankToNull(f[8]);
        return new KbEntry(f[0].strip(), EntityType.valueOf(f[1].strip().toUpperCase(Locale.ROOT)), f[2].strip(),
                list(f[3]), list(f[4]), list(f[5]), blankToNull(f[6]), blankToNull(f[7]),
                kind == null ? null : SourceKind.valueOf(kind.toUpperCase(Locale.ROOT)), blankToNull(f[9]),
                number(f[10]), number(f[11]), f[12].isBlank() ? 0 : Long.parseLong(f[12].strip()), blankToNull(f[13]));
    }

    /** One entry as a line of this format (used by the generator). */
    public static String write(KbEntry e) {
        return String.join("\t", e.id(), e.type().name(), e.name(), String.join("|", e.aliases()),
                String.join("|", e.demonyms()), String.join("|", e.metonyms()), nz(e.country()), nz(e.sector()),
                e.sourceKind() == null ? "" : e.sourceKind().name(), nz(e.role()),
                e.lat() == null ? "" : e.lat().toString(), e.lon() == null ? "" : e.lon().toString(),
                e.population() > 0 ? Long.toString(e.population()) : "", nz(e.wikidata()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Double number(String s) {
        return s.isBlank() ? null : Double.valueOf(s.strip());
    }

    private static List<String> list(String s) {
        if (s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
