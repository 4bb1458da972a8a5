package org.sitrep.eval.factuality;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the unified-factuality CoNLL format (Stanovsky et al. 2017): one token a line,
 * {@code index token factuality|_ pos head deprel lemma} tab-separated, sentences separated by
 * blank lines. Only the tokens and the gold scores are used (Sitrep parses the text itself).
 */
public final class ConllFactuality {
    private ConllFactuality() {
    }

    /** One sentence: its tokens and, per token, the gold score or NaN. */
    public record GoldSentence(List<String> tokens, double[] scores) {
    }

    public static List<GoldSentence> read(Path file) throws IOException {
        List<GoldSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    flush(tokens, scores, out);
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 3) {
                    continue;
                }
                tokens.add(f[1]);
                scores.add(f[2].equals("_") ? Double.NaN : Double.parseDouble(f[2]));
            }
        }
        flush(tokens, scores, out);
        return out;
    }

    private static void flush(List<String> tokens, List<Double> scores, List<GoldSentence> out) {
        if (tokens.isEmpty()) {
            return;
        }
        double[] s = new double[scores.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = scores.get(i);
        }
        out.add(new GoldSentence(List.copyOf(tokens), s));
        tokens.clear();
        scores.clear();
    }
}
