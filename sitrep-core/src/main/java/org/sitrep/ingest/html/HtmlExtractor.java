package org.sitrep.ingest.html;

import org.sitrep.model.ArticleMeta;
import org.sitrep.model.RawArticle;

/**
 * Finds an article in a web page: main body text (paragraphs separated by blank lines, in
 * {@link RawArticle#main()}), headline, authors, publisher, canonical URL, language and publication
 * date. Bounded work on hostile pages; a page without an article body gives a RawArticle with a
 * diagnostic, never an exception. Implementations are thread-safe.
 */
public interface HtmlExtractor {
    /**
     * @param origin where the page came from (for messages)
     * @param bytes  the raw page bytes (charset detected by the extractor)
     * @param known  metadata known from elsewhere (sidecar, feed); it wins over what the page says
     */
    RawArticle extract(String origin, byte[] bytes, ArticleMeta known);
}
