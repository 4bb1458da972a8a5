package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.Diagnostic;

/**
 * The optional metadata file beside an article: {@code NAME.meta.json} next to {@code NAME.txt},
 * {@code NAME.html}, {@code NAME.htm} or {@code NAME.html.gz}. Fields as in {@link MetaFields}.
 * A sidecar that cannot be used gives a WARNING and is ignored. Thread-safe.
 */
final class Sidecar {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 1 << 20;
    private static final String[] ARTICLE_SUFFIXES = {".html.gz", ".html", ".htm", ".txt", ".text"};

    /** What the sidecar said and the problems met reading it. */
    record Result(ArticleMeta meta, List<Diagnostic> diagnostics) {
    }

    private Sidecar() {
    }

    /** The sidecar path for an article file (whether or not it exists). */
    static Path pathFor(Path article) {
        String name = article.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String base = name;
        for (String suffix : ARTICLE_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                base = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return article.resolveSibling(base + ".meta.json");
    }

    static Result read(Path article) {
        Path p = pathFor(article);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isRegularFile(p)) {
            return new Result(ArticleMeta.EMPTY, diagnostics);
        }
        try {
            BoundedInput.Prefix prefix = BoundedInput.read(p, MAX_BYTES);
            if (prefix.truncated()) {
                diagnostics.add(Diagnostic.warning("ingest", p + ": sidecar larger than 1 MiB; ignored"));
                return new Result(ArticleMeta.EMPTY, diagnostics);
            }
            JsonNode o = JSON.readTree(prefix.bytes());
            if (o == null || !o.isObject()) {
                diagnostics.add(Diagnostic.warning("ingest", p + ": sidecar is not a JSON object; ignored"));
                return new Result(ArticleMeta.EMPTY, diagnostics);
            }
            ArticleMeta meta = MetaFields.read(o, msg -> diagnostics.add(Diagnostic.warning("ingest", p + ": " + msg)));
            return new Result(meta, diagnostics);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.warning("ingest", p + ": sidecar unreadable (" + firstLine(e.getMessage()) + "); ignored"));
            return new Result(ArticleMeta.EMPTY, diagnostics);
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
