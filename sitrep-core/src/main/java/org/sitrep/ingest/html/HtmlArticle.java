package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Diagnostic;

/**
 * What {@link ArticleHtmlExtractor} found in a page.
 *
 * @param paragraphs      the article body, one entry per paragraph (headings, list items and block
 *                        quotes are paragraphs too); empty when no article body was found
 * @param publishedSource where the date came from ("json-ld", "meta", "itemprop", "time",
 *                        "dateline"), null when no date was found
 * @param html            the decoded page
 */
public record HtmlArticle(String headline, List<String> authors, String publisher, String url, String language,
                          LocalDate published, String publishedSource, List<String> paragraphs, String html,
                          List<Diagnostic> diagnostics) {
    public HtmlArticle {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The body: paragraphs separated by blank lines. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
