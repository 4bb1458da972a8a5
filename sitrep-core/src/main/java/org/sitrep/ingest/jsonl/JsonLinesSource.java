package org.sitrep.ingest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Unreadable;
import org.sitrep.ingest.feed.HtmlFragments;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/**
 * JSON Lines of articles, one object per line: {@code text} (or {@code content}, {@code body}) or
 * {@code html}; optional {@code id}, {@code url}, {@code headline} (or {@code title}),
 * {@code published} (or {@code date}; YYYY-MM-DD…), {@code publisher} (or {@code source}),
 * {@code authors}, {@code language}. A line that does not parse or has no text becomes a
 * diagnostic and the file goes on. Lines over {@link #MAX_LINE} characters are refused.
 * Thread-safe (stateless).
 */
public final class JsonLinesSource implements ArticleSource {
    public static final int MAX_LINE = 16 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, Consumer<RawArticle> sink) throws IngestException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    sink.accept(article(file + ":" + n, line));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static RawArticle article(String origin, String line) {
        if (line.length() > MAX_LINE) {
            return Unreadable.article(origin, "line longer than " + MAX_LINE + " characters: not read");
        }
        JsonNode o;
        try {
            o = MAPPER.readTree(line);
        } catch (IOException e) {
            return Unreadable.article(origin, "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (o == null || !o.isObject()) {
            return Unreadable.article(origin, "not a JSON object");
        }
        String html = text(o, "html");
        String body = first(o, "text", "content", "body");
        if (body == null && html == null) {
            return Unreadable.article(origin, "no text, content, body or html field");
        }
        String headline = first(o, "headline", "title");
        List<Diagnostic> diagnostics = new ArrayList<>();
        LocalDate published = null;
        String date = first(o, "published", "date");
        if (date != null) {
            try {
                published = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                diagnostics.add(Diagnostic.warning("ingest", origin + ": publication date '" + date + "' not understood"));
            }
        }
        List<String> authors = new ArrayList<>();
        JsonNode a = o.get("authors");
        if (a != null && a.isArray()) {
            a.forEach(x -> authors.add(x.asText()));
        } else if (a != null && a.isTextual()) {
            authors.add(a.asText());
        }
        ArticleMeta meta = new ArticleMeta(text(o, "id"), headline, first(o, "publisher", "source"), text(o, "url"), published,
                text(o, "language"), authors);
        String content = body != null ? body : html;
        String main = null;
        ContentFormat format = ContentFormat.TEXT;
        if (body == null) {
            format = ContentFormat.HTML;
            main = String.join("\n\n", HtmlFragments.paragraphs(html));
        }
        if (headline != null && !content.startsWith(headline)) {
            if (main != null) {
                main = headline + "\n\n" + main;
            } else {
                content = headline + "\n\n" + content;
            }
        }
        return new RawArticle(origin, format, content, main, Ingest.sha256(line.getBytes(StandardCharsets.UTF_8)), meta,
                diagnostics);
    }

    private static String first(JsonNode o, String... fields) {
        for (String f : fields) {
            String v = text(o, f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
