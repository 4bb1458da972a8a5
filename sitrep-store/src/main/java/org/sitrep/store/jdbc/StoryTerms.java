package org.sitrep.store.jdbc;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.link.StoryFeatures;

/** Story features as text ("term TAB weight" lines) for the articles table. */
final class StoryTerms {
    private StoryTerms() {
    }

    static String write(StoryFeatures f) {
        StringBuilder sb = new StringBuilder();
        f.terms().forEach((t, w) -> sb.append(t.replace('\t', ' ').replace('\n', ' ')).append('\t').append(w).append('\n'));
        return sb.toString();
    }

    static StoryFeatures read(String s, LocalDate day) {
        Map<String, Double> terms = new TreeMap<>();
        if (s != null) {
            for (String line : s.split("\n")) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    terms.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            }
        }
        return new StoryFeatures(terms, day);
    }
}
