package org.sitrep.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.sitrep.ingest.ArticleSource;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Unreadable;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;
import org.xml.sax.InputSource;

/**
 * RSS and Atom feeds (Rome): one article per entry, from its content (else its description),
 * title, link, publication date, authors, and the feed's title as publisher. Document type
 * declarations are refused, so XXE and entity-expansion ("billion laughs") feeds become a
 * diagnostic; so does any feed that does not parse. Feeds over {@link #MAX_BYTES} are refused.
 * Thread-safe (stateless).
 */
public final class FeedSource implements ArticleSource {
    /** The largest feed file read. */
    public static final long MAX_BYTES = 64L << 20;

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return true;
        }
        if (!n.endsWith(".xml")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(Path file, Consumer<RawArticle> sink) throws IngestException {
        SyndFeed feed;
        try {
            if (Files.size(file) > MAX_BYTES) {
                sink.accept(Unreadable.article(file.toString(), "feed larger than " + (MAX_BYTES >> 20) + " MB: not read"));
                return;
            }
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            try (InputStream in = Files.newInputStream(file)) {
                feed = input.build(new InputSource(in));
            }
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read: " + e.getMessage(), e);
        } catch (FeedException | IllegalArgumentException | IllegalStateException e) {
            sink.accept(Unreadable.article(file.toString(), "not a readable RSS/Atom feed (document type declarations are refused): "
                    + e.getMessage()));
            return;
        }
        String publisher = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        int i = 0;
        for (SyndEntry e : feed.getEntries()) {
            sink.accept(entry(file + "#" + i++, e, publisher));
        }
    }

    private static RawArticle entry(String origin, SyndEntry e, String publisher) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
            }
        }
        if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            html.append(e.getDescription().getValue());
        }
        String title = e.getTitle() == null ? null : Jsoup.parse(e.getTitle()).text().strip();
        List<String> paragraphs = HtmlFragments.paragraphs(html.toString());
        String main = (title == null || title.isEmpty() ? "" : title + "\n\n") + String.join("\n\n", paragraphs);
        List<Diagnostic> diagnostics = paragraphs.isEmpty()
                ? List.of(Diagnostic.error("ingest", origin + ": feed entry without text")) : List.of();
        List<String> authors = new ArrayList<>();
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
            authors.add(e.getAuthor().strip());
        }
        String link = e.getLink() == null || e.getLink().isBlank() ? null : e.getLink().strip();
        String id = link == null && e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : null;
        ArticleMeta meta = new ArticleMeta(id, title, publisher, link, day(e.getPublishedDate() != null ? e.getPublishedDate()
                : e.getUpdatedDate()), null, authors);
        String content = html.toString();
        return new RawArticle(origin, ContentFormat.HTML, content, main,
                Ingest.sha256((title + "\n" + content).getBytes(StandardCharsets.UTF_8)), meta, diagnostics);
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
