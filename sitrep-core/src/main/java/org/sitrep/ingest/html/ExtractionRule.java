package org.sitrep.ingest.html;

/**
 * The switchable rules of {@link ArticleHtmlExtractor}, so that the evaluation can measure what
 * each one is worth ({@code sitrep eval extraction --without RULE}, {@code --with RULE}). All are
 * on by default except {@link #SIBLINGS}, which the benchmark measured as harmful once
 * {@link #ANCESTOR_EXTENSION} exists.
 */
public enum ExtractionRule {
    /** Drop nav, aside, footer, forms controls, figures and captions before anything else. */
    FURNITURE_TAGS,
    /** Drop page and article headers (site header, headline block, byline). */
    HEADER_TAG,
    /** Drop elements hidden by the hidden attribute or an inline display:none / visibility:hidden. */
    HIDDEN_ELEMENTS,
    /** Drop elements whose class/id name furniture (share, related, comments, newsletter…) unless they hold most of the text. */
    CLASS_HINTS,
    /** Weigh candidate containers by their class/id hints (article, story, body vs furniture). */
    CLASS_WEIGHT,
    /** Discount candidate containers by the share of their text inside links. */
    LINK_DENSITY,
    /** Move the chosen container up to an ancestor shared by several near-best candidates. */
    SHARED_ANCESTOR,
    /** Move the container up to ancestors while what they add is mostly prose (articles split in sections). */
    ANCESTOR_EXTENSION,
    /** Add siblings of the chosen container that look like more article text. */
    SIBLINGS,
    /** Inside the container, drop lists, tables and blocks that are mostly links, images or forms. */
    CONDITIONAL_CLEAN,
    /** Inside the container, drop lists whose items mostly start with a link and are short (related links, sources). */
    LINK_LISTS,
    /** Drop paragraphs that are mostly link text. */
    PARAGRAPH_LINKS,
    /** Drop short paragraphs that are furniture text ("Advertisement", "Read more: …"). */
    FURNITURE_TEXT,
    /** Drop headings left at the end of the body with no text after them ("Sources", "Related"). */
    TRAILING_HEADINGS,
    /** Use the page's JSON-LD articleBody to choose among candidate containers when it disagrees with the pick. */
    JSONLD_BODY,
    /** Drop a heading that repeats the headline, and text before it. */
    HEADLINE_CUT;

    /** The rules {@link ArticleHtmlExtractor#ArticleHtmlExtractor()} uses. */
    public static java.util.EnumSet<ExtractionRule> defaults() {
        java.util.EnumSet<ExtractionRule> s = java.util.EnumSet.allOf(ExtractionRule.class);
        s.remove(SIBLINGS);
        return s;
    }
}
