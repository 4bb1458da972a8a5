package org.sitrep.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.ContentFormat;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.RawArticle;

/**
 * Sitrep's article extractor for web pages: the main body text with its paragraph structure,
 * headline, authors, publisher, canonical URL, language and publication date (JSON-LD, meta tags,
 * {@code <time>} elements, visible datelines). Charset from BOM, meta declaration or detection;
 * bounded work on hostile pages (size cap, parser depth cap, iterative tree walks); a page without
 * an article body gives an empty body and a diagnostic, never an exception. Thread-safe.
 */
public final class ArticleHtmlExtractor implements HtmlExtractor {
    /** Elements nested deeper than this are flattened into their ancestor by the parser. */
    static final int MAX_DEPTH = 256;
    /** Markup beyond this many tags is not parsed (real article pages have a few thousand). */
    static final int MAX_TAGS = 150_000;
    /** Elements beyond this many (in document order) are dropped after parsing. */
    static final int MAX_ELEMENTS = 40_000;
    /** A body shorter than this (characters) is not an article. */
    static final int MIN_BODY_CHARS = 200;
    private static final String STAGE = "ingest";

    private final Set<ExtractionRule> rules;

    /** The default rules ({@link ExtractionRule#defaults()}). */
    public ArticleHtmlExtractor() {
        this(ExtractionRule.defaults());
    }

    /** Only the given rules on (for measuring what each rule is worth). */
    public ArticleHtmlExtractor(Set<ExtractionRule> rules) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(ExtractionRule.class) : EnumSet.copyOf(rules);
    }

    @Override
    public RawArticle extract(String origin, byte[] bytes, ArticleMeta known) {
        HtmlArticle a = read(origin, bytes);
        ArticleMeta meta = new ArticleMeta(null, a.headline(), a.publisher(), a.url(), a.published(), a.language(),
                a.authors()).overriddenBy(known == null ? ArticleMeta.EMPTY : known);
        String headline = meta.headline();
        String main = a.paragraphs().isEmpty() ? "" : (headline == null ? "" : headline + "\n\n") + a.body();
        return new RawArticle(origin, ContentFormat.HTML, a.html(), main, Ingest.sha256(bytes), meta, a.diagnostics());
    }

    /** Reads a page (bytes as fetched; gzip-compressed bytes are unpacked). */
    public HtmlArticle read(String origin, byte[] bytes) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String html = "";
        try {
            HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes == null ? new byte[0] : bytes);
            html = decoded.text();
            for (String p : decoded.problems()) {
                diagnostics.add(Diagnostic.warning(STAGE, origin + ": " + p));
            }
            String markup = capTags(html, origin, diagnostics);
            Document doc = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(markup, "");
            capElements(doc, origin, diagnostics);
            PageMetadata meta = PageMetadata.read(doc);
            Element body = doc.body();
            List<String> paragraphs = new ArrayList<>();
            if (body != null) {
                JsonLdBody check = meta.jsonLd() != null && meta.jsonLd().articleBody() != null
                        && rules.contains(ExtractionRule.JSONLD_BODY) ? JsonLdBody.of(meta.jsonLd(), body.text()) : null;
                ContentExtractor.Body found = new ContentExtractor(rules, Boilerplate.DEFAULT).extract(body, meta.headline(), check);
                for (ContentExtractor.Paragraph p : found.paragraphs()) {
                    paragraphs.add(p.text());
                }
            }
            if (meta.published() == null) {
                meta = meta.withDateline(dateline(paragraphs));
            }
            if (paragraphs.stream().mapToInt(String::length).sum() < MIN_BODY_CHARS) {
                paragraphs.clear();
                String why = doc.selectFirst("frameset, frame") != null ? " (the page is a frameset; frames are not followed)" : "";
                diagnostics.add(Diagnostic.error(STAGE, origin + ": no article body found" + why));
            }
            return new HtmlArticle(meta.headline(), meta.authors(), meta.publisher(), meta.url(), meta.language(),
                    meta.published(), meta.publishedSource(), paragraphs, html, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.error(STAGE, origin + ": no article body found (page could not be read: "
                    + e.getClass().getSimpleName() + ")"));
            return new HtmlArticle(null, List.of(), null, null, null, null, null, List.of(), html, diagnostics);
        }
    }

    private static String capTags(String html, String origin, List<Diagnostic> diagnostics) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (++tags > MAX_TAGS) {
                diagnostics.add(Diagnostic.warning(STAGE, origin + ": more than " + MAX_TAGS
                        + " tags: the rest of the page is not read"));
                return html.substring(0, i);
            }
        }
        return html;
    }

    private static void capElements(Document doc, String origin, List<Diagnostic> diagnostics) {
        List<Element> all = doc.getAllElements();
        if (all.size() <= MAX_ELEMENTS) {
            return;
        }
        Set<Element> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Element> drop = new ArrayList<>();
        for (int i = MAX_ELEMENTS; i < all.size(); i++) {
            Element e = all.get(i);
            if (!gone.contains(e.parent())) {
                drop.add(e);
            }
            gone.add(e);
        }
        Dom.removeAll(drop);
        diagnostics.add(Diagnostic.warning(STAGE, origin + ": more than " + MAX_ELEMENTS
                + " elements: only the first " + MAX_ELEMENTS + " are read"));
    }

    /** A date written in the first paragraphs ("Published November 18, 2019"), or null. */
    private static LocalDate dateline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            String p = paragraphs.get(i);
            LocalDate d = Dates.findInText(p.length() > 300 ? p.substring(0, 300) : p);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
