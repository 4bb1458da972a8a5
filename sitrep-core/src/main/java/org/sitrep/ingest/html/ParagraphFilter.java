package org.sitrep.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Paragraph-level filters on the extracted body: the headline repeated at the top (and what comes
 * before it), paragraphs that are mostly links, short furniture text, trailing headings.
 */
final class ParagraphFilter {
    private final Set<ExtractionRule> rules;
    private final Boilerplate boilerplate;

    ParagraphFilter(Set<ExtractionRule> rules, Boilerplate boilerplate) {
        this.rules = rules;
        this.boilerplate = boilerplate;
    }


    List<ContentExtractor.Paragraph> filter(List<ContentExtractor.Paragraph> in, String headline) {
        List<ContentExtractor.Paragraph> out = new ArrayList<>();
        String h = headline == null ? null : normalise(headline);
        for (ContentExtractor.Paragraph p : in) {
            String t = p.text();
            if (rules.contains(ExtractionRule.HEADLINE_CUT) && out.size() < 8) {
                if (h != null && normalise(t).equals(h)) {
                    out.clear();
                    continue;
                }
                if (p.tag().equals("h1") && out.size() < 3) {
                    continue;
                }
            }
            if (rules.contains(ExtractionRule.PARAGRAPH_LINKS) && p.linkChars() > 0.5 * t.length()) {
                continue;
            }
            if (rules.contains(ExtractionRule.FURNITURE_TEXT) && boilerplate.isFurnitureText(t)) {
                continue;
            }
            out.add(p);
        }
        if (rules.contains(ExtractionRule.TRAILING_HEADINGS)) {
            while (!out.isEmpty() && out.get(out.size() - 1).tag().matches("h[1-6]")) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    private static String normalise(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
