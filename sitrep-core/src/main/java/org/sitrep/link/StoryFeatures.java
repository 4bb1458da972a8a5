package org.sitrep.link;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/**
 * What story clustering compares: weighted terms of an article (proper nouns and entity identities
 * weigh more than common words) and its date. Built from the text alone, or from an analysis
 * (adds entity identities and event types). Terms are normalised lower-case strings; the map is
 * sorted, so features are deterministic.
 */
public record StoryFeatures(Map<String, Double> terms, LocalDate day) {
    private static final Set<String> STOP = new java.util.HashSet<>(java.util.Arrays.asList(StopWords.LIST));

    public StoryFeatures {
        terms = Collections.unmodifiableMap(new TreeMap<>(terms));
    }

    /** Text-only features: words that start with a capital inside a sentence count as proper nouns. */
    public static StoryFeatures ofText(String text, LocalDate day, StoryConfig config) {
        Map<String, Double> terms = new TreeMap<>();
        addText(text, config, terms);
        return new StoryFeatures(terms, day);
    }

    /** Features of an analysed article: its text plus entity identities and event types. */
    public static StoryFeatures ofAnalysis(Analysis a, StoryConfig config) {
        Map<String, Double> terms = new TreeMap<>();
        addText(a.article().text(), config, terms);
        for (Entity e : a.entities()) {
            long names = e.mentions().stream().filter(m -> m.kind() != Mention.Kind.PRONOUN).count();
            terms.merge("e:" + EntityKeys.key(e), config.properWeight() * Math.max(1, names), Double::sum);
        }
        a.events().forEach(v -> terms.merge("v:" + v.type().toLowerCase(Locale.ROOT), 1.0, Double::sum));
        return new StoryFeatures(terms, a.article().published());
    }

    private static void addText(String text, StoryConfig config, Map<String, Double> terms) {
        List<String> raw = TextWords.split(text);
        boolean sentenceStart = true;
        for (String w : raw) {
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                sentenceStart = true;
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(w.charAt(0));
            boolean digit = Character.isDigit(w.charAt(0));
            if (!STOP.contains(lower) && lower.length() > 1) {
                double weight = capital && !sentenceStart ? config.properWeight() : digit ? 0.5 : 1.0;
                terms.merge(lower, weight, Double::sum);
            }
            sentenceStart = false;
        }
    }
}
