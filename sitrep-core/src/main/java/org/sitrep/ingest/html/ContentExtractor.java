package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in a parsed page and returns it as paragraphs. Readability-style
 * candidate scoring (text length and commas of paragraph-like blocks, credited to their
 * ancestors) after furniture pruning ({@link PagePruner}), with class/id weights, link density,
 * container extension, conditional cleaning and paragraph filters ({@link ParagraphFilter}); each rule can be switched off ({@link ExtractionRule}). Mutates the
 * document it is given. Thread-safe (no state between calls).
 */
final class ContentExtractor {
    private static final Set<String> CLEANED = Set.of("div", "section", "ul", "ol", "table", "form", "dl");
    private static final int MIN_PARAGRAPH = 25;
    private static final int MAX_CANDIDATES = 200;
    private static final int MAX_EXTENSION_LEVELS = 8;
    private static final double EXTENSION_PROSE_SHARE = 0.6;

    private final Set<ExtractionRule> rules;
    private final Boilerplate boilerplate;
    private final ParagraphFilter paragraphFilter;

    ContentExtractor(Set<ExtractionRule> rules, Boilerplate boilerplate) {
        this.rules = rules;
        this.boilerplate = boilerplate;
        this.paragraphFilter = new ParagraphFilter(rules, boilerplate);
    }

    /** One output paragraph and the element kind it came from. */
    record Paragraph(String text, String tag, int linkChars) {
    }

    /** The body paragraphs found (empty when none) and the score of the chosen container. */
    record Body(List<Paragraph> paragraphs, double score) {
    }

    Body extract(Element body, String headline, JsonLdBody jsonLdBody) {
        new PagePruner(rules, boilerplate).prepare(body);
        Map<Element, Double> scores = score(body);
        if (scores.isEmpty()) {
            return new Body(List.of(), 0);
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        if (ranked.size() > MAX_CANDIDATES) {
            ranked = ranked.subList(0, MAX_CANDIDATES);
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> c : ranked) {
            double s = c.getValue();
            if (rules.contains(ExtractionRule.LINK_DENSITY)) {
                s *= 1 - TextStats.of(c.getKey()).linkDensity();
            }
            finals.put(c.getKey(), s);
        }
        List<Element> order = new ArrayList<>(finals.keySet());
        order.sort(Comparator.comparingDouble((Element e) -> finals.get(e)).reversed());
        Element top = order.get(0);
        double topScore = finals.get(top);
        if (rules.contains(ExtractionRule.SHARED_ANCESTOR)) {
            top = sharedAncestor(top, topScore, order, finals, body);
        }
        if (rules.contains(ExtractionRule.ANCESTOR_EXTENSION)) {
            top = extendToAncestors(top, body);
        }
        List<Element> parts = rules.contains(ExtractionRule.SIBLINGS) ? withSiblings(top, topScore, finals) : List.of(top);
        List<Paragraph> out = paragraphFilter.filter(collect(parts), headline);
        if (jsonLdBody != null && rules.contains(ExtractionRule.JSONLD_BODY)) {
            if (jsonLdBody.missedBy(texts(out))) {
                Element holder = jsonLdBody.container(body);
                if (holder != null) {
                    out = paragraphFilter.filter(collect(List.of(holder)), headline);
                }
            }
            List<String> kept = jsonLdBody.trim(texts(out));
            List<Paragraph> trimmed = new ArrayList<>();
            for (Paragraph p : out) {
                if (trimmed.size() < kept.size() && kept.get(trimmed.size()).equals(p.text())) {
                    trimmed.add(p);
                }
            }
            out = trimmed;
        }
        return new Body(out, topScore);
    }

    private List<Paragraph> collect(List<Element> parts) {
        List<Paragraph> out = new ArrayList<>();
        for (Element part : parts) {
            if (rules.contains(ExtractionRule.CONDITIONAL_CLEAN)) {
                cleanConditionally(part);
            }
            out.addAll(ParagraphCollector.collect(part));
        }
        return out;
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    // ---- scoring ----

    private Map<Element, Double> score(Element body) {
        List<Element> all = body.getAllElements();
        Set<Element> hasBlockDescendant = PagePruner.blockAncestors(all);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : all) {
            String tag = e.normalName();
            boolean paragraphLike = tag.equals("p") || tag.equals("pre")
                    || PagePruner.LEAF_CONTAINERS.contains(tag) && !hasBlockDescendant.contains(e);
            if (!paragraphLike) {
                continue;
            }
            String text = e.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double s = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element a = e.parent();
            for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
                if (a.normalName().equals("html")) {
                    break;
                }
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                if (!scores.containsKey(a)) {
                    scores.put(a, initialScore(a));
                }
                scores.merge(a, s * share, Double::sum);
            }
        }
        return scores;
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private Element sharedAncestor(Element top, double topScore, List<Element> order, Map<Element, Double> finals,
                                   Element body) {
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < order.size() && close.size() < 10; i++) {
            Element c = order.get(i);
            if (finals.get(c) >= 0.75 * topScore && !isAncestor(c, top) && !isAncestor(top, c)) {
                close.add(c);
            }
        }
        if (close.size() < 3) {
            return top;
        }
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            int n = 0;
            for (Element c : close) {
                if (isAncestor(p, c)) {
                    n++;
                }
            }
            if (n >= 3) {
                return p;
            }
        }
        return top;
    }

    /**
     * Moves the container up while what an ancestor adds is mostly prose: an article split into
     * several sections (lead apart from the rest, text interrupted by a media block) is taken whole.
     */
    private static Element extendToAncestors(Element top, Element body) {
        Map<Element, Integer> prose = PagePruner.proseByElement(body);
        Element cur = top;
        TextStats curStats = TextStats.of(cur);
        int curChars = curStats.chars - curStats.headingChars;
        for (int level = 0; level < MAX_EXTENSION_LEVELS && !isArticleBoundary(cur); level++) {
            Element a = cur.parent();
            if (a == null || a == body || a.normalName().equals("html")) {
                break;
            }
            TextStats as = TextStats.of(a);
            // Headings (the headline, section titles) are neither prose nor furniture here.
            int chars = as.chars - as.headingChars;
            int extra = chars - curChars;
            int extraProse = prose.getOrDefault(a, 0) - prose.getOrDefault(cur, 0);
            if (extra > 0 && extraProse < EXTENSION_PROSE_SHARE * extra) {
                break;
            }
            cur = a;
            curChars = chars;
        }
        return cur;
    }

    /** An element that by its markup holds the whole article: nothing above it is article text. */
    private static boolean isArticleBoundary(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element top, double topScore, Map<Element, Double> finals) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            Double s = finals.get(sib);
            if (s != null && s + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                TextStats st = TextStats.of(sib);
                String text = sib.text();
                if (st.chars > 80 && st.linkDensity() < 0.25
                        || st.chars > 0 && st.chars <= 80 && st.linkChars == 0 && (text.endsWith(".") || text.contains(". "))) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    // ---- cleaning inside the container ----

    /**
     * Drops blocks of the container that are mostly links, forms or empty. Counts are gathered
     * bottom-up in one pass (a dropped block no longer counts for its ancestors), so the work is
     * linear in the size of the container.
     */
    private void cleanConditionally(Element root) {
        List<Element> all = root.getAllElements();
        Map<Element, TextStats> stats = new IdentityHashMap<>();
        List<Element> drop = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            TextStats s = TextStats.own(e);
            for (Element child : e.children()) {
                TextStats c = stats.remove(child);
                if (c != null) {
                    s.add(child, c);
                }
            }
            if (i > 0 && CLEANED.contains(e.normalName()) && shouldClean(e, s)) {
                drop.add(e);
            } else {
                stats.put(e, s);
            }
        }
        Dom.removeAll(drop);
    }

    private boolean shouldClean(Element e, TextStats s) {
        if (s.commas >= 10) {
            return false;
        }
        String tag = e.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double ld = s.linkDensity();
        if (list) {
            return ld > 0.5 || rules.contains(ExtractionRule.LINK_LISTS) && s.listItems >= 2
                    && s.linkLedItems >= 0.75 * s.listItems && s.chars < 100 * s.listItems;
        }
        int weight = classWeight(e);
        if (s.inputs > s.paragraphs / 3 && s.inputs > 0) {
            return true;
        }
        if (s.listItems > s.paragraphs && s.paragraphs == 0 && ld > 0.3) {
            return true;
        }
        if (s.chars < MIN_PARAGRAPH && s.paragraphs == 0 && s.headings == 0) {
            return s.chars == 0 || ld > 0.5;
        }
        return weight < 25 && ld > 0.2 && s.paragraphs <= 1 || ld > 0.5;
    }

    private int classWeight(Element e) {
        if (!rules.contains(ExtractionRule.CLASS_WEIGHT)) {
            return 0;
        }
        String ci = Boilerplate.classAndId(e);
        if (ci.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (boilerplate.isNegative(ci)) {
            w -= 25;
        }
        if (boilerplate.isPositive(ci)) {
            w += 25;
        }
        return w;
    }

}
