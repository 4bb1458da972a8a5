package org.sitrep.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.clean.NewsCleaner;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestException;
import org.sitrep.link.DedupConfig;
import org.sitrep.link.DuplicateMatch;
import org.sitrep.link.NearDuplicateIndex;
import org.sitrep.link.TextSignature;
import org.sitrep.model.RawArticle;

/**
 * Scores near-duplicate detection against {@code duplicates.json} ({"groups": [[path, …], …]}: every
 * pair inside a group is a duplicate, every other pair is not). The articles (.txt, any depth,
 * sorted by path) are cleaned and added to the index one by one; each pair the index reports
 * (copy or rewrite) is a predicted pair. Text only: no NLP analysis.
 */
public final class DedupEvaluation {
    private DedupEvaluation() {
    }

    /** What counts as a predicted duplicate: the same cleaned text up to whitespace, near-identical copies, or copies and rewrites. */
    public enum Level { EXACT, COPY, NEAR }

    /** Scores at every level; the headline figures are those of {@link Level#NEAR} (copies and rewrites). */
    public record Result(int articles, double seconds, java.util.Map<Level, Score> levels) {
        public Score near() {
            return levels.get(Level.NEAR);
        }
    }

    /** The scores: duplicateRecall = found gold pairs / gold pairs; falseDuplicateRate = wrong predicted / predicted. */
    public record Score(int goldPairs, int predictedPairs, int correctPairs) {
        public double duplicateRecall() {
            return goldPairs == 0 ? 1 : correctPairs / (double) goldPairs;
        }

        public double falseDuplicateRate() {
            return predictedPairs == 0 ? 0 : (predictedPairs - correctPairs) / (double) predictedPairs;
        }
    }

    public static Result run(Path dir, DedupConfig config) throws IOException {
        Set<String> gold = goldPairs(dir.resolve("duplicates.json"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
        }
        Ingest ingest = new Ingest();
        NewsCleaner cleaner = new NewsCleaner();
        NearDuplicateIndex index = new NearDuplicateIndex(config);
        java.util.Map<Level, Set<String>> predicted = new java.util.EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            predicted.put(l, new HashSet<>());
        }
        java.util.Map<String, List<String>> byWords = new java.util.HashMap<>();
        long start = System.nanoTime();
        for (Path f : files) {
            String id = dir.relativize(f).toString().replace('\\', '/');
            List<RawArticle> raws = new ArrayList<>();
            try {
                ingest.read(f, raws::add);
            } catch (IngestException e) {
                continue;
            }
            for (RawArticle raw : raws) {
                String text = cleaner.clean(raw, null).text();
                TextSignature sig = config.signature(text);
                for (DuplicateMatch m : index.find(sig)) {
                    predicted.get(Level.NEAR).add(pair(id, m.articleId()));
                    if (m.kind() == org.sitrep.link.DuplicateKind.COPY_OF) {
                        predicted.get(Level.COPY).add(pair(id, m.articleId()));
                    }
                }
                List<String> same = byWords.computeIfAbsent(text.replaceAll("\\s+", " ").strip(), k -> new ArrayList<>());
                same.forEach(o -> predicted.get(Level.EXACT).add(pair(id, o)));
                same.add(id);
                index.add(id, sig);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        java.util.Map<Level, Score> levels = new java.util.EnumMap<>(Level.class);
        predicted.forEach((l, p) -> levels.put(l, new Score(gold.size(), p.size(), (int) p.stream().filter(gold::contains).count())));
        return new Result(files.size(), seconds, levels);
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
    }

    static Set<String> goldPairs(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Set<String> pairs = new HashSet<>();
        for (JsonNode group : root.get("groups")) {
            List<String> paths = new ArrayList<>();
            group.forEach(p -> paths.add(p.asText()));
            for (int i = 0; i < paths.size(); i++) {
                for (int j = i + 1; j < paths.size(); j++) {
                    pairs.add(pair(paths.get(i), paths.get(j)));
                }
            }
        }
        return pairs;
    }
}
