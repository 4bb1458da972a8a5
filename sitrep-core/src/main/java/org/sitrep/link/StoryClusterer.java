package org.sitrep.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Incremental story clustering: an article joins the story whose centroid is most similar (tf-idf
 * cosine, idf from the articles seen so far) when the similarity reaches the threshold and the
 * dates fit the window; else it starts a new story. Candidate stories come from an inverted index
 * of centroid terms, so adding an article never reads earlier articles. Thread-safe (synchronized).
 */
public final class StoryClusterer {
    private final StoryConfig config;
    /** Per term, how many articles seen so far have it (one counter, shared by every centroid cell of the term). */
    private final Map<String, Term> documentFrequency = new HashMap<>();
    private final Map<String, Story> stories = new LinkedHashMap<>();
    /** Stories by the terms their centroids have had (a set: joining checks membership once per centroid term). */
    private final Map<String, java.util.Set<String>> storiesByTerm = new HashMap<>();
    private int documents;
    private int nextId = 1;

    public StoryClusterer(StoryConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Assigns an article to a story (existing or new) and returns the story id. */
    public synchronized String add(StoryFeatures f) {
        count(f);
        double[] articleIdf = new double[f.terms().size()]; // in the terms' iteration order
        int k = 0;
        for (String t : f.terms().keySet()) {
            articleIdf[k++] = idf(t);
        }
        String best = null;
        double bestSim = 0;
        for (String id : candidates(f, config.candidates())) {
            Story s = stories.get(id);
            if (!s.fits(f.day(), config.windowDays())) {
                continue;
            }
            double sim = cosine(f.terms(), articleIdf, s.centroid);
            if (sim > bestSim || (sim == bestSim && best != null && id.compareTo(best) < 0)) {
                bestSim = sim;
                best = id;
            }
        }
        String id = best != null && bestSim >= config.threshold() ? best : newId();
        join(id, f);
        return id;
    }

    /** Puts an article back into a known story (when an index is rebuilt from a store). */
    public synchronized void restore(String storyId, StoryFeatures f) {
        count(f);
        join(storyId, f);
        if (storyId.startsWith("s")) {
            try {
                nextId = Math.max(nextId, Integer.parseInt(storyId.substring(1)) + 1);
            } catch (NumberFormatException ignored) {
                // a foreign id: keep numbering
            }
        }
    }

    /** The heaviest words of a story's centroid (a label; identity keys left out), or an empty list. */
    public synchronized List<String> label(String storyId, int n) {
        Story s = stories.get(storyId);
        if (s == null) {
            return List.of();
        }
        return s.centroid.entrySet().stream().filter(e -> !e.getKey().startsWith("e:") && !e.getKey().startsWith("v:"))
                .sorted(HEAVIEST_FIRST)
                .limit(n).map(Map.Entry::getKey).toList();
    }

    public synchronized int size() {
        return stories.size();
    }

    private String newId() {
        return "s" + nextId++;
    }

    private void count(StoryFeatures f) {
        documents++;
        f.terms().keySet().forEach(t -> documentFrequency.computeIfAbsent(t, x -> new Term()).df++);
    }

    /** The stories sharing the most idf weight with the article's heaviest terms, at most {@code n}. */
    private TreeSet<String> candidates(StoryFeatures f, int n) {
        Map<String, Double> overlap = new HashMap<>();
        for (String t : top(f.terms(), config.queryTerms())) {
            java.util.Set<String> ids = storiesByTerm.get(t);
            if (ids != null) {
                double w = idf(t);
                ids.forEach(id -> overlap.merge(id, w, Double::sum));
            }
        }
        TreeSet<String> out = new TreeSet<>();
        overlap.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> out.add(e.getKey()));
        return out;
    }

    /** When a story's articles were published and how many it has, or null for an unknown id. */
    public synchronized StorySpan span(String storyId) {
        Story s = stories.get(storyId);
        return s == null ? null : new StorySpan(s.first, s.last, s.articles);
    }

    /** The dates and size of a story. */
    public record StorySpan(LocalDate first, LocalDate last, int articles) {
    }

    private List<String> top(Map<String, Double> terms, int n) {
        return terms.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue() * idf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    private double idf(String term) {
        Term t = documentFrequency.get(term);
        return idf(t == null ? 0 : t.df);
    }

    private double idf(int df) {
        return Math.log((1.0 + documents) / (1.0 + df)) + 1;
    }

    /**
     * The tf-idf cosine of an article's terms (with their idf, in the terms' iteration order) and a
     * centroid, whose cells reach their term's document frequency without a lookup.
     */
    private double cosine(Map<String, Double> a, double[] aIdf, Map<String, Cell> b) {
        double dot = 0;
        double na = 0;
        int k = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double idf = aIdf[k++];
            double w = e.getValue() * idf;
            na += w * w;
            Cell o = b.get(e.getKey());
            if (o != null) {
                dot += w * o.weight * idf;
            }
        }
        double nb = 0;
        for (Cell c : b.values()) {
            double w = c.weight * idf(c.term.df);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private void join(String id, StoryFeatures f) {
        Story s = stories.computeIfAbsent(id, k -> new Story());
        double norm = Math.sqrt(f.terms().values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            f.terms().forEach((t, w) -> s.centroid.computeIfAbsent(t, x -> new Cell(documentFrequency.get(x))).weight += w / norm);
        }
        s.articles++;
        if (f.day() != null) {
            s.first = s.first == null || f.day().isBefore(s.first) ? f.day() : s.first;
            s.last = s.last == null || f.day().isAfter(s.last) ? f.day() : s.last;
        }
        if (s.centroid.size() > config.centroidTerms() * 2) {
            prune(s);
        }
        for (String t : s.centroid.keySet()) {
            storiesByTerm.computeIfAbsent(t, k -> new java.util.LinkedHashSet<>(2)).add(id);
        }
    }

    private void prune(Story s) {
        List<String> keep = s.centroid.entrySet().stream()
                .sorted(HEAVIEST_FIRST)
                .limit(config.centroidTerms()).map(Map.Entry::getKey).toList();
        s.centroid.keySet().retainAll(new java.util.HashSet<>(keep));
    }

    /** Centroid cells by weight, heaviest first, then by term. */
    private static final Comparator<Map.Entry<String, Cell>> HEAVIEST_FIRST = Comparator
            .comparingDouble((Map.Entry<String, Cell> e) -> e.getValue().weight).reversed()
            .thenComparing(Map.Entry::getKey);

    /** A term's document frequency. */
    private static final class Term {
        int df;
    }

    /** A term's weight in a centroid, with the term's document frequency at hand. */
    private static final class Cell {
        final Term term;
        double weight;

        Cell(Term term) {
            this.term = term;
        }
    }

    private static final class Story {
        final Map<String, Cell> centroid = new HashMap<>();
        int articles;
        LocalDate first;
        LocalDate last;

        boolean fits(LocalDate day, int window) {
            if (day == null || first == null) {
                return true;
            }
            return !day.isBefore(first.minusDays(window)) && !day.isAfter(last.plusDays(window))
                    && ChronoUnit.DAYS.between(first, last) <= 10L * window + window;
        }
    }
}
