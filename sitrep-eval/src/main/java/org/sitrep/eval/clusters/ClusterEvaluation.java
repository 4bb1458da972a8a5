package org.sitrep.eval.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.link.StoryClusterer;
import org.sitrep.link.StoryConfig;
import org.sitrep.link.StoryFeatures;

/**
 * Story clustering against ECB+ sub-topics: the folder layout of ECB+ full_docs (one folder per
 * sub-topic, news-please JSON files with title and text; .txt files are read as text too). The
 * documents, sorted by path, are added one by one to the incremental story clusterer (text
 * features); the same-entity baseline puts together the documents whose most frequent proper
 * noun is the same, the same-lemma baseline those whose most frequent content word is the same.
 */
public final class ClusterEvaluation {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "at",
            "by", "with", "from", "that", "this", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its",
            "he", "she", "they", "his", "her", "their", "said", "says", "as", "but", "not", "who", "which", "after", "will",
            "would", "about", "into", "up", "out", "over", "also", "than", "more", "one", "two", "new");

    private ClusterEvaluation() {
    }

    /** A document: its gold sub-topic and its text. */
    public record Doc(String path, String gold, String text) {
    }

    /** Scores of the clusterer and of the two baselines on the same documents. */
    public record Result(int documents, int goldClusters, ClusterScores sitrep, ClusterScores sameEntity,
                         ClusterScores sameLemma) {
    }

    public static List<Doc> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".txt"))
                    .sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            Path rel = dir.relativize(f);
            if (rel.getNameCount() != 2) {
                continue; // documents lie directly in their sub-topic folder (deeper files are annotations)
            }
            String text;
            if (f.toString().endsWith(".json")) {
                JsonNode o = json.readTree(f.toFile());
                text = (o.path("title").asText("") + ".\n" + o.path("text").asText("")).strip();
            } else {
                text = Files.readString(f);
            }
            docs.add(new Doc(rel.toString(), rel.getName(0).toString(), text));
        }
        return docs;
    }

    public static Result run(List<Doc> docs, StoryConfig config) {
        StoryClusterer clusterer = new StoryClusterer(config);
        List<String> gold = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        List<String> entity = new ArrayList<>();
        List<String> lemma = new ArrayList<>();
        for (Doc d : docs) {
            gold.add(d.gold());
            mine.add(clusterer.add(StoryFeatures.ofText(d.text(), null, config)));
            entity.add(mostFrequent(d.text(), true));
            lemma.add(mostFrequent(d.text(), false));
        }
        return new Result(docs.size(), (int) gold.stream().distinct().count(), ClusterScores.of(gold, mine),
                ClusterScores.of(gold, entity), ClusterScores.of(gold, lemma));
    }

    /** The most frequent proper noun (a capitalised word not opening a sentence) or content word; ties by order. */
    static String mostFrequent(String text, boolean proper) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            boolean sentenceStart = startsSentence(text, m.start());
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (FUNCTION.contains(lower) || lower.length() < 3 || (proper && (!capital || sentenceStart))) {
                continue;
            }
            String key = proper ? w : lemma(lower);
            if (counts.merge(key, 1, Integer::sum) == 1) {
                order.add(key);
            }
        }
        String best = "(none)";
        int max = 0;
        for (String k : order) {
            if (counts.get(k) > max) {
                max = counts.get(k);
                best = k;
            }
        }
        return best;
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '“') {
                return c == '.' || c == '!' || c == '?';
            }
        }
        return true;
    }

    /** A crude lemma: plural and past endings removed. */
    private static String lemma(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
