package org.sitrep.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/** A minimal extractor: the page title and the text of its paragraph elements. Thread-safe. */
public final class BasicHtmlExtractor implements HtmlExtractor {
    @Override
    public RawArticle extract(String origin, byte[] bytes, ArticleMeta known) {
        String html = new String(bytes, StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p, h2, h3, li, blockquote")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        String title = doc.title().strip();
        String main = (title.isEmpty() ? "" : title + "\n\n") + String.join("\n\n", paragraphs);
        List<Diagnostic> diagnostics = paragraphs.isEmpty()
                ? List.of(Diagnostic.error("ingest", origin + ": no article body found")) : List.of();
        ArticleMeta meta = new ArticleMeta(null, title.isEmpty() ? null : title, null, null, null, null, List.of())
                .overriddenBy(known);
        return new RawArticle(origin, ContentFormat.HTML, html, main, Ingest.sha256(bytes), meta, diagnostics);
    }
}
