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
    private int linkDepth;

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        s.traverse(root);
        return s;
    }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            int n = visibleLength(t.getWholeText());
            chars += n;
            if (linkDepth > 0) {
                linkChars += n;
            }
            String w = t.getWholeText();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c == ',' || c == '，' || c == '、') {
                    commas++;
                }
            }
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "a" -> linkDepth++;
                case "p" -> paragraphs++;
                case "img" -> images++;
                case "li" -> listItems++;
                case "input", "select", "textarea", "button" -> inputs++;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headings++;
                default -> { }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("a")) {
            linkDepth--;
        }
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
