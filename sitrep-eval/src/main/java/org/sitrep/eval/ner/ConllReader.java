package org.sitrep.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file (token POS chunk NER per line, blank lines between sentences,
 * {@code -DOCSTART-} between documents) into documents. Stateless.
 */
public final class ConllReader {
    private ConllReader() {
    }

    public static List<ConllDocument> read(Path file) throws IOException {
        List<ConllDocument> docs = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean newSentence = true;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("-DOCSTART-")) {
                    flush(docs, tokens, tags, starts);
                    newSentence = true;
                    continue;
                }
                if (line.isBlank()) {
                    newSentence = true;
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (newSentence) {
                    starts.add(tokens.size());
                    newSentence = false;
                }
                tokens.add(f[0]);
                tags.add(f[f.length - 1]);
            }
        }
        flush(docs, tokens, tags, starts);
        return docs;
    }

    private static void flush(List<ConllDocument> docs, List<String> tokens, List<String> tags, List<Integer> starts) {
        if (!tokens.isEmpty()) {
            docs.add(new ConllDocument(tokens, tags, starts));
        }
        tokens.clear();
        tags.clear();
        starts.clear();
    }
}
