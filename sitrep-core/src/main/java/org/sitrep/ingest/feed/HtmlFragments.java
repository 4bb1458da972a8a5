package org.sitrep.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The text of an HTML fragment (a feed entry, a JSON field) as paragraphs. Thread-safe. */
final class HtmlFragments {
    private HtmlFragments() {
    }

    /** Its outermost block elements' texts, else its whole text (empty list for no text). */
    static List<String> paragraphs(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> out = new ArrayList<>();
        for (Element p : doc.select("p, h2, h3, li, blockquote")) {
            String t = p.text().strip();
            if (!t.isEmpty() && p.parents().stream().noneMatch(x -> x.is("p, li, blockquote"))) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            String t = doc.body().text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
