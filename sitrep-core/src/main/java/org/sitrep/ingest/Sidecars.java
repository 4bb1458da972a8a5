package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/**
 * Sidecar metadata: {@code NAME.meta.json} beside {@code NAME.txt} or {@code NAME.html} with
 * {@code id}, {@code published}, {@code publisher}, {@code url}, {@code headline}, {@code authors}.
 * Its fields win over what the file itself says. A sidecar that does not parse becomes a warning.
 */
public final class Sidecars {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Sidecars() {
    }

    /** The sidecar path of an article file. */
    public static Path of(Path file) {
        String n = file.getFileName().toString();
        int dot = n.indexOf('.');
        return file.resolveSibling((dot > 0 ? n.substring(0, dot) : n) + ".meta.json");
    }

    /** The article with its sidecar's metadata applied (unchanged when there is none). */
    public static RawArticle apply(Path file, RawArticle raw) {
        Path side = of(file);
        if (!Files.isRegularFile(side)) {
            return raw;
        }
        try {
            JsonNode o = MAPPER.readTree(side.toFile());
            List<String> authors = new ArrayList<>();
            if (o.has("authors") && o.get("authors").isArray()) {
                o.get("authors").forEach(a -> authors.add(a.asText()));
            }
            String published = text(o, "published");
            ArticleMeta meta = new ArticleMeta(text(o, "id"), text(o, "headline"), text(o, "publisher"), text(o, "url"),
                    published == null ? null : LocalDate.parse(published.substring(0, Math.min(10, published.length()))),
                    text(o, "language"), authors);
            return raw.withMeta(raw.meta().overriddenBy(meta));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            List<Diagnostic> d = new ArrayList<>(raw.diagnostics());
            d.add(Diagnostic.warning("ingest", side + ": sidecar not understood: " + e.getMessage()));
            return new RawArticle(raw.origin(), raw.format(), raw.content(), raw.main(), raw.rawHash(), raw.meta(), d);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
