package org.sitrep.eval.timex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs taggers over gold documents, scores them with {@link TimexScorer} and times them
 * (documents per second after a warm-up on the first documents).
 */
public final class TimexEvaluation {
    /** Gold formats. */
    public enum Format { TML, CAT }

    /** One system's figures. */
    public record Result(String system, TimexScorer.Scores scores, int documents, int tagged, double seconds,
                         List<TimexScorer.Pair> pairs) {
        /** Documents tagged per second over the timed passes. */
        public double docsPerSecond() {
            return seconds == 0 ? 0 : tagged / seconds;
        }
    }

    private TimexEvaluation() {
    }

    /** Reads every gold file of the format under the folder (any depth), sorted by path. */
    public static List<TimexDocument> load(Path folder, Format format) throws IOException {
        String suffix = format == Format.TML ? ".tml" : ".xml";
        List<TimexDocument> docs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                docs.add(format == Format.TML ? TimeMlReader.read(p) : CatReader.read(p));
            }
        }
        return docs;
    }

    /** Guesses the format from the files in the folder (.tml → TML, else CAT). */
    public static Format detect(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.anyMatch(p -> p.toString().endsWith(".tml")) ? Format.TML : Format.CAT;
        }
    }

    public static Result run(String name, TimexTagger tagger, List<TimexDocument> docs, int warmup) {
        return run(name, tagger, docs, warmup, 0);
    }

    /**
     * Tags the documents, scores the first pass, and times passes over all documents until at least
     * {@code minSeconds} have elapsed (the same rule for every system, so that a fast system is
     * timed over a window as long as a slow one's and a burst of machine load weighs alike).
     */
    public static Result run(String name, TimexTagger tagger, List<TimexDocument> docs, int warmup, double minSeconds) {
        for (int i = 0; i < Math.min(warmup, docs.size()); i++) {
            tagger.tag(docs.get(i).text(), docs.get(i).creationDate());
        }
        List<List<Timex>> outputs = new ArrayList<>(docs.size());
        long start = System.nanoTime();
        for (TimexDocument d : docs) {
            outputs.add(tagger.tag(d.text(), d.creationDate()));
        }
        int tagged = docs.size();
        while ((System.nanoTime() - start) / 1e9 < minSeconds && !docs.isEmpty()) {
            for (TimexDocument d : docs) {
                tagger.tag(d.text(), d.creationDate());
            }
            tagged += docs.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        TimexScorer scorer = new TimexScorer();
        for (int i = 0; i < docs.size(); i++) {
            scorer.add(docs.get(i).id(), docs.get(i).gold(), outputs.get(i));
        }
        return new Result(name, scorer.scores(), docs.size(), tagged, seconds, scorer.pairs());
    }
}
