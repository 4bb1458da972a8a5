package org.sitrep.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Unreadable;
import org.sitrep.ingest.html.HtmlExtractor;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/**
 * WARC files (jwarc; .warc and .warc.gz): every response record with an HTML payload and HTTP
 * status 200 becomes an article through the HTML extractor, with the target URI as URL and the
 * capture day as a fallback publication date. A corrupt or truncated record ends the file with a
 * diagnostic; the records before it are kept. Payloads over {@link #MAX_PAYLOAD} are skipped.
 * Thread-safe (the extractor is).
 */
public final class WarcSource implements ArticleSource {
    /** The largest HTML payload read. */
    public static final int MAX_PAYLOAD = 16 << 20;
    private final HtmlExtractor html;

    public WarcSource(HtmlExtractor html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    public void read(Path file, Consumer<RawArticle> sink) throws IngestException {
        WarcReader reader;
        try {
            reader = new WarcReader(file);
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage(), e);
        }
        long position = 0;
        try (reader) {
            for (WarcRecord record : reader) {
                position = reader.position();
                if (record instanceof WarcResponse response) {
                    RawArticle a = page(file + "@" + position, response);
                    if (a != null) {
                        sink.accept(a);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String origin = file + "@" + position;
            sink.accept(Unreadable.article(origin, "corrupt WARC record, rest of file skipped: " + e.getMessage()));
        }
    }

    private RawArticle page(String origin, WarcResponse response) throws IOException {
        var http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || type == null || !type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
            return null;
        }
        byte[] body = http.body().stream().readNBytes(MAX_PAYLOAD + 1);
        if (body.length > MAX_PAYLOAD) {
            return null;
        }
        ArticleMeta known = new ArticleMeta(null, null, null, response.target(), null, null, List.of());
        RawArticle page = html.extract(origin, body, known);
        // The capture day is only a fallback: a date the page states wins.
        if (page.meta().published() == null) {
            page = page.withMeta(page.meta().withPublished(response.date().atZone(ZoneOffset.UTC).toLocalDate()));
        }
        return page;
    }
}
