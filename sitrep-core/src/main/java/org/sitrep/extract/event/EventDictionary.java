package org.sitrep.extract.event;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.factuality.Lexicons;

/**
 * The verb and event-noun dictionary: lemma + part of speech (+ frame) → PLOVER type, mode, CAMEO
 * code ({@code org/sitrep/event/plover-dictionary.tsv}, extended by user files in the same format).
 * Immutable and thread-safe.
 */
public final class EventDictionary {
    /** Types an entry may carry: the 16 PLOVER 2021 types, STATEMENT and OTHER. */
    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
            "RETREAT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
            "STATEMENT", "OTHER");
    private static final String RESOURCE = "/org/sitrep/event/plover-dictionary.tsv";

    /** Which part of speech an entry is for. */
    public enum Pos { V, N, A }

    /** What an entry needs around its trigger. */
    public enum FrameKind { ANY, PREP, PARTICLE, ARG }

    /**
     * One entry.
     *
     * @param frameWord the preposition, particle or argument lemma of the frame ("" for ANY)
     */
    public record Entry(String lemma, Pos pos, FrameKind frame, String frameWord, String type, String mode, String cameo) {
    }

    private final Map<String, List<Entry>> byKey;

    private EventDictionary(Map<String, List<Entry>> byKey) {
        this.byKey = byKey;
    }

    /** The shipped dictionary plus the given user files (their entries win on the same key and frame). */
    public static EventDictionary load(List<Path> userFiles) {
        Map<String, List<Entry>> map = new HashMap<>();
        add(Lexicons.resource(RESOURCE), RESOURCE, map);
        for (Path p : userFiles) {
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                add(Lexicons.rows(r), p.toString(), map);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new EventDictionary(map);
    }

    /** The entries for a lemma and part of speech (empty when none). */
    public List<Entry> entries(String lemma, Pos pos) {
        return byKey.getOrDefault(key(lemma, pos), List.of());
    }

    /** Whether any entry has this lemma (any part of speech). */
    public boolean knows(String lemma) {
        for (Pos p : Pos.values()) {
            if (byKey.containsKey(key(lemma, p))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String lemma, Pos pos) {
        return lemma.toLowerCase(Locale.ROOT) + "/" + pos;
    }

    private static void add(List<Lexicons.Row> rows, String name, Map<String, List<Entry>> map) {
        for (Lexicons.Row row : rows) {
            Entry e = parse(row.columns(), name + ":" + row.line());
            List<Entry> list = map.computeIfAbsent(key(e.lemma(), e.pos()), k -> new ArrayList<>());
            list.removeIf(o -> o.frame() == e.frame() && o.frameWord().equals(e.frameWord()));
            list.add(e);
        }
    }

    private static Entry parse(String[] f, String where) {
        if (f.length != 6) {
            throw new IllegalArgumentException(where + ": expected 6 columns (lemma pos frame type mode cameo)");
        }
        Pos pos;
        try {
            pos = Pos.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": part of speech must be V, N or A, not " + f[1]);
        }
        FrameKind kind = FrameKind.ANY;
        String word = "";
        if (!f[2].equals("-")) {
            int colon = f[2].indexOf(':');
            String k = colon < 0 ? "" : f[2].substring(0, colon);
            word = colon < 0 ? "" : f[2].substring(colon + 1).toLowerCase(Locale.ROOT);
            kind = switch (k) {
                case "prep" -> FrameKind.PREP;
                case "prt" -> FrameKind.PARTICLE;
                case "arg" -> FrameKind.ARG;
                default -> throw new IllegalArgumentException(where + ": frame must be -, prep:X, prt:X or arg:X, not " + f[2]);
            };
        }
        if (!TYPES.contains(f[3])) {
            throw new IllegalArgumentException(where + ": unknown event type " + f[3]);
        }
        return new Entry(f[0].toLowerCase(Locale.ROOT), pos, kind, word, f[3], f[4].equals("-") ? null : f[4],
                f[5].equals("-") ? null : f[5]);
    }
}
