package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Prepares a page body for scoring: removes what is never article text (scripts, media, forms),
 * page furniture (nav, aside, footer, figures and captions, headers, hidden elements, elements
 * whose class/id name furniture unless they hold most of the prose) and wraps loose text that sits
 * between blocks into paragraphs. Linear-time edits ({@link Dom}).
 */
final class PagePruner {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "dl", "table",
            "tbody", "thead", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "form",
            "header", "footer", "nav", "aside", "figure", "li", "dd", "dt", "center", "address", "hr", "br",
            "details", "summary", "caption");
    /** Elements that count as a paragraph when no block element is inside them. */
    static final Set<String> LEAF_CONTAINERS = Set.of("div", "section", "article", "td", "center", "font",
            "span", "dd", "main");
    private static final Set<String> ALWAYS_DROP = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "frame", "frameset", "object", "embed", "link", "meta", "map", "audio", "video", "source",
            "track", "picture", "img", "math", "head", "title", "dialog");
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "figcaption", "figure", "button",
            "input", "select", "textarea", "option", "label", "menu");
    private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "main", "article");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private final Set<ExtractionRule> rules;
    private final Boilerplate boilerplate;

    PagePruner(Set<ExtractionRule> rules, Boilerplate boilerplate) {
        this.rules = rules;
        this.boilerplate = boilerplate;
    }

    void prepare(Element body) {
        prune(body, proseByElement(body));
        wrapPhrasingRuns(body);
    }


    /**
     * Characters of prose (paragraph-like blocks of 80+ characters, under a third of it in links)
     * inside each element, so that a furniture hint never removes the bulk of the article.
     */
    static Map<Element, Integer> proseByElement(Element body) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        List<Element> all = body.getAllElements();
        Set<Element> hasBlock = blockAncestors(all);
        int total = 0;
        for (Element e : all) {
            String tag = e.normalName();
            if (!(tag.equals("p") || tag.equals("pre") || LEAF_CONTAINERS.contains(tag) && !hasBlock.contains(e))) {
                continue;
            }
            TextStats st = TextStats.of(e);
            if (st.chars < 80 || st.linkDensity() > 0.33) {
                continue;
            }
            total += st.chars;
            for (Element a = e; a != null; a = a.parent()) {
                prose.merge(a, st.chars, Integer::sum);
            }
        }
        prose.put(null, total);
        return prose;
    }

    static Set<Element> blockAncestors(List<Element> all) {
        Set<Element> hasBlockDescendant = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            Element parent = e.parent();
            if (parent != null && (BLOCKS.contains(e.normalName()) || hasBlockDescendant.contains(e))) {
                hasBlockDescendant.add(parent);
            }
        }
        return hasBlockDescendant;
    }

    /** Wraps runs of text and inline elements that sit between blocks into paragraphs. */
    private static void wrapPhrasingRuns(Element body) {
        List<Element> all = body.getAllElements();
        Set<Element> hasBlock = blockAncestors(all);
        for (Element e : all) {
            if (!hasBlock.contains(e) || !LEAF_CONTAINERS.contains(e.normalName()) && e != body) {
                continue;
            }
            // Segments: a block child alone, or a run of inline children (wrapped when it has text).
            List<List<Node>> segments = new ArrayList<>();
            List<Node> run = new ArrayList<>();
            boolean wrap = false;
            for (Node child : e.childNodes()) {
                boolean block = child instanceof Element c && (BLOCKS.contains(c.normalName()) && !c.normalName().equals("br")
                        || hasBlock.contains(c));
                if (block) {
                    if (!run.isEmpty()) {
                        segments.add(run);
                        wrap |= hasText(run);
                        run = new ArrayList<>();
                    }
                    segments.add(List.of(child));
                } else {
                    run.add(child);
                }
            }
            if (!run.isEmpty()) {
                segments.add(run);
                wrap |= hasText(run);
            }
            if (!wrap) {
                continue;
            }
            e.empty();
            List<Node> rebuilt = new ArrayList<>();
            for (List<Node> seg : segments) {
                boolean isRun = seg.size() > 1 || !(seg.get(0) instanceof Element c && (BLOCKS.contains(c.normalName())
                        && !c.normalName().equals("br") || hasBlock.contains(c)));
                if (isRun && hasText(seg)) {
                    Element p = new Element("p");
                    p.appendChildren(seg);
                    rebuilt.add(p);
                } else {
                    rebuilt.addAll(seg);
                }
            }
            Dom.replaceChildren(e, rebuilt);
        }
    }

    private static boolean hasText(List<Node> run) {
        for (Node n : run) {
            if (n instanceof org.jsoup.nodes.TextNode t ? !t.isBlank() : n instanceof Element el && el.hasText()) {
                return true;
            }
        }
        return false;
    }

    private void prune(Element body, Map<Element, Integer> prose) {
        int total = Math.max(1, prose.getOrDefault(null, 0));
        List<Node> drop = new ArrayList<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                FilterResult r = decide(node);
                if (r == FilterResult.REMOVE) {
                    drop.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return r;
            }

            private FilterResult decide(Node node) {
                if (!(node instanceof Element e)) {
                    return node.nodeName().equals("#comment") ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (ALWAYS_DROP.contains(tag)) {
                    return FilterResult.REMOVE;
                }
                if (rules.contains(ExtractionRule.FURNITURE_TAGS) && FURNITURE.contains(tag)) {
                    return FilterResult.REMOVE;
                }
                if (rules.contains(ExtractionRule.HEADER_TAG) && tag.equals("header")) {
                    return FilterResult.REMOVE;
                }
                if (rules.contains(ExtractionRule.HIDDEN_ELEMENTS) && (e.hasAttr("hidden")
                        || HIDDEN_STYLE.matcher(e.attr("style")).find())) {
                    return FilterResult.REMOVE;
                }
                if (rules.contains(ExtractionRule.CLASS_HINTS) && !NEVER_PRUNED.contains(tag)
                        && boilerplate.isNegative(Boilerplate.classAndId(e))
                        && prose.getOrDefault(e, 0) < total / 2) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        });
        Dom.removeAll(drop);
    }

}
