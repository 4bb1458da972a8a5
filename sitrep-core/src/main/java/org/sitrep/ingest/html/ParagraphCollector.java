package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a container into paragraphs: every block element (p, headings, list items, block quotes,
 * divs, table cells…) and every {@code <br>} ends a paragraph; inline text is joined with
 * whitespace collapsed. Iterative, so deep trees cannot overflow the stack.
 */
final class ParagraphCollector implements NodeVisitor {
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "dl",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "form", "header", "footer", "nav", "aside", "figure", "figcaption", "li", "dd", "dt", "center",
            "address", "hr", "br", "details", "summary", "caption", "hgroup", "fieldset", "legend");

    private final List<ContentExtractor.Paragraph> out = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private String currentTag = "p";
    private int linkDepth;
    private int linkChars;

    static List<ContentExtractor.Paragraph> collect(Element root) {
        ParagraphCollector c = new ParagraphCollector();
        c.traverse(root);
        c.flush();
        return c.out;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth++;
            } else if (BREAKS.contains(tag)) {
                flush();
                currentTag = tag;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BREAKS.contains(tag)) {
                flush();
            }
        }
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
            if (space) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else {
                current.append(c);
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            out.add(new ContentExtractor.Paragraph(text, currentTag, linkChars));
        }
        current.setLength(0);
        linkChars = 0;
    }
}
