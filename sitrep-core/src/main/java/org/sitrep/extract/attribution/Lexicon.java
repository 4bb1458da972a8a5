package org.sitrep.extract.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.SourceKind;

/**
 * The attribution word lists (resources under {@code org/sitrep/attribution/}): cue verbs with
 * their class, source nouns with the kind of source they describe, and the weak cue forms fitted
 * on the PolNeAR train split. Immutable, thread-safe.
 */
final class Lexicon {
    /** What a cue verb says about its content. */
    enum CueClass { SPEECH, COGNITION, EVIDENCE, NAMING }

    private record SourceNoun(String phrase, SourceKind kind) {
    }

    private final Map<String, CueClass> cues;
    private final List<SourceNoun> sourceNouns;
    private final Set<String> weakCues;

    private Lexicon(Map<String, CueClass> cues, List<SourceNoun> sourceNouns, Set<String> weakCues) {
        this.cues = Map.copyOf(cues);
        this.sourceNouns = List.copyOf(sourceNouns);
        this.weakCues = Set.copyOf(weakCues);
    }

    /** The shipped lists. */
    static Lexicon load() {
        Map<String, CueClass> cues = new HashMap<>();
        for (String[] row : rows("cue-verbs.tsv")) {
            cues.put(row[0], CueClass.valueOf(row[1]));
        }
        List<SourceNoun> nouns = new ArrayList<>();
        for (String[] row : rows("source-nouns.tsv")) {
            nouns.add(new SourceNoun(" " + row[0] + " ", SourceKind.valueOf(row[1])));
        }
        // Longest phrase first; the file order breaks ties.
        nouns.sort(Comparator.comparingInt((SourceNoun n) -> -n.phrase().length()));
        Set<String> weak = new HashSet<>();
        for (String[] row : rows("weak-cues.tsv")) {
            weak.add(row[0]);
        }
        return new Lexicon(cues, nouns, weak);
    }

    /** The class of a cue verb lemma, or null when it is not a cue. */
    CueClass cue(String lemma) {
        return cues.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a cue text is a weak cue form: one that the rules find but that the train split
     * seldom annotates as a cue in context (weak-cues.tsv), so its attributions are dropped.
     */
    boolean weakCue(String cueText) {
        return weakCues.contains(cueText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /** The kind of source a source text describes, by its longest source noun, or null. */
    SourceKind kindOf(String sourceText) {
        String norm = " " + sourceText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip() + " ";
        for (SourceNoun n : sourceNouns) {
            if (norm.contains(n.phrase())) {
                return n.kind();
            }
        }
        return null;
    }

    private static List<String[]> rows(String name) {
        String path = "/org/sitrep/attribution/" + name;
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(path + ": expected two tab-separated columns: " + line);
                }
                out.add(new String[] {cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
