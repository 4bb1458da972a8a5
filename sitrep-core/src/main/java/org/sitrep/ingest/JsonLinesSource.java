package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/**
 * JSON Lines of articles, one JSON object per line: {@code text|body|content} (plain text) or
 * {@code html} (a web page), plus the metadata fields of {@link MetaFields}. Streamed: each line
 * is at most the HTML size cap. A line that cannot be used becomes an article carrying an ERROR
 * diagnostic naming {@code file:line}; the other lines go on. Thread-safe (no state of its own).
 */
final class JsonLinesSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ingest ingest;

    JsonLinesSource(Ingest ingest) {
        this.ingest = ingest;
    }

    void read(String name, InputStream in, Consumer<RawArticle> sink) throws IOException {
        int max = ingest.limits().maxHtmlBytes();
        BoundedInput.LineReader lines = new BoundedInput.LineReader(new BufferedInputStream(in, 65536), max);
        int number = 0;
        BoundedInput.Prefix line;
        while ((line = lines.next()) != null) {
            number++;
            String origin = name + ":" + number;
            if (line.truncated()) {
                sink.accept(failed(origin, line.bytes(), "line longer than " + max + " bytes; skipped"));
            } else if (!new String(line.bytes(), StandardCharsets.UTF_8).isBlank()) {
                sink.accept(article(origin, line.bytes()));
            }
        }
    }

    private RawArticle article(String origin, byte[] line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return failed(origin, line, "not valid JSON (" + Sidecar.firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            return failed(origin, line, "unreadable (" + e.getMessage() + ")");
        }
        if (o == null || !o.isObject()) {
            return failed(origin, line, "not a JSON object");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        ArticleMeta meta = MetaFields.read(o, msg -> diagnostics.add(Diagnostic.warning("ingest", origin + ": " + msg)));
        String text = MetaFields.string(o, "text", "body", "content");
        String html = MetaFields.string(o, "html");
        if (text == null && html == null) {
            return failed(origin, line, "no text, body, content or html field");
        }
        RawArticle a = text != null
                ? ingest.fromBytes(origin, text.getBytes(StandardCharsets.UTF_8), ContentFormat.TEXT, meta, diagnostics)
                : ingest.fromBytes(origin, html.getBytes(StandardCharsets.UTF_8), ContentFormat.HTML, meta, diagnostics);
        if (meta.id() == null && meta.url() == null) {
            // the id of a record without id or URL is the hash of its whole line, not just of its text
            return new RawArticle(a.origin(), a.format(), a.content(), a.main(), Ingest.sha256(line), a.meta(), a.diagnostics());
        }
        return a;
    }

    private static RawArticle failed(String origin, byte[] line, String why) {
        return new RawArticle(origin, ContentFormat.TEXT, "", null, Ingest.sha256(line), ArticleMeta.EMPTY,
                List.of(Diagnostic.error("ingest", origin + ": " + why)));
    }
}
