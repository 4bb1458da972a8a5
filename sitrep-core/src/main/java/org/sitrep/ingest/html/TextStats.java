package org.sitrep.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Counts over one subtree in a single iterative pass: text characters (whitespace runs count as
 * one), characters inside links, commas, and the elements that tell article text from furniture.
 */
final class TextStats implements NodeVisitor {
    int chars;
    int linkChars;
    int commas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int headings;
    /** List items whose content starts with a link. */
    int linkLedItems;
    /** Characters inside headings (counted by {@link #of} only). */
    int headingChars;
    private int linkDepth;
    private int headingDepth;

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        s.traverse(root);
        return s;
    }

    /**
     * Counts for {@code e} itself and its own text nodes, without its child elements (those are
     * added with {@link #add}); for bottom-up aggregation.
     */
    static TextStats own(Element e) {
        TextStats s = new TextStats();
        s.countElement(e);
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                s.countText(t.getWholeText(), false);
            }
        }
        if (e.normalName().equals("li") && startsWithLink(e)) {
            s.linkLedItems++;
        }
        return s;
    }

    /** Adds a child element's aggregated counts (all of a link's text is link text). */
    void add(Element child, TextStats c) {
        chars += c.chars;
        linkChars += child.normalName().equals("a") ? c.chars : c.linkChars;
        commas += c.commas;
        paragraphs += c.paragraphs;
        images += c.images;
        listItems += c.listItems;
        inputs += c.inputs;
        headings += c.headings;
        linkLedItems += c.linkLedItems;
    }

    private static boolean startsWithLink(Element li) {
        Node n = li;
        for (int depth = 0; depth < 4 && n != null; depth++) {
            Node first = null;
            for (Node c : n.childNodes()) {
                if (c instanceof TextNode t && t.isBlank()) {
                    continue;
                }
                first = c;
                break;
            }
            if (first instanceof Element fe) {
                if (fe.normalName().equals("a")) {
                    return true;
                }
                n = fe;
            } else {
                return false;
            }
        }
        return false;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            countText(t.getWholeText(), linkDepth > 0);
            if (headingDepth > 0) {
                headingChars += visibleLength(t.getWholeText());
            }
        } else if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
                linkDepth++;
            } else if (isHeading(e)) {
                headingDepth++;
            }
            countElement(e);
        }
    }

    private void countText(String w, boolean inLink) {
        int n = visibleLength(w);
        chars += n;
        if (inLink) {
            linkChars += n;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
    }

    private void countElement(Element e) {
        switch (e.normalName()) {
            case "p" -> paragraphs++;
            case "img" -> images++;
            case "li" -> listItems++;
            case "input", "select", "textarea", "button" -> inputs++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headings++;
            default -> { }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
                linkDepth--;
            } else if (isHeading(e)) {
                headingDepth--;
            }
        }
    }

    private static boolean isHeading(Element e) {
        String t = e.normalName();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    /** Length with whitespace runs counted as one character and leading/trailing whitespace as none. */
    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0') {
                space = true;
            } else {
                if (space && n > 0) {
                    n++;
                }
                space = false;
                n++;
            }
        }
        return n;
    }
}
