package org.sitrep.eval.dedup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds a near-duplicate test set from a folder of real articles (first line headline, then
 * paragraphs): for some originals, variants as syndication and rewriting produce them (a wire
 * copy with a dateline and a footer, a paragraph dropped, a few words changed, a shortened copy),
 * next to the other articles of the same folders as same-topic non-duplicates. Writes the texts
 * and {@code duplicates.json} into a new folder; nothing of it is committed.
 */
public final class NearDuplicateSet {
    private static final String[] WIRES = {"Reuters", "AP", "AFP", "dpa", "PA"};
    private static final String[] CITIES = {"LONDON", "WASHINGTON", "PARIS", "BRUSSELS", "NEW YORK", "TOKYO"};
    private static final String[] FILLERS = {"also", "now", "still", "reportedly", "again", "recently"};

    private NearDuplicateSet() {
    }

    /**
     * @param source      folder of .txt articles (any depth)
     * @param out         folder to create
     * @param originals   how many articles get variants
     * @param others      how many further articles stand beside them as non-duplicates
     * @param exclude     paths (relative to source) left out, e.g. known exact duplicates
     */
    public static void write(Path source, Path out, int originals, int others, long seed, Set<String> exclude) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(source)) {
            files = new ArrayList<>(s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> !exclude.contains(source.relativize(p).toString().replace('\\', '/'))).sorted().toList());
        }
        files = withoutNaturalDuplicates(files);
        Random r = new Random(seed);
        java.util.Collections.shuffle(files, r);
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("about", "Generated near-duplicates: each group is an original and its variants (wire copy with dateline and"
                + " footer, paragraph dropped, words changed, shortened copy).");
        ArrayNode groups = root.putArray("groups");
        for (int i = 0; i < Math.min(originals + others, files.size()); i++) {
            Path f = files.get(i);
            String rel = source.relativize(f).toString().replace('\\', '/');
            String text = Files.readString(f, StandardCharsets.ISO_8859_1).replace("\r", "");
            write(out.resolve(rel), text);
            if (i >= originals) {
                continue;
            }
            ArrayNode group = groups.addArray().add(rel);
            List<String> paras = paragraphs(text);
            if (paras.size() < 4) {
                continue;
            }
            String base = rel.substring(0, rel.length() - 4);
            variant(out, base + "-wire.txt", wire(paras, r), group);
            variant(out, base + "-dropped.txt", dropped(paras, r), group);
            variant(out, base + "-edited.txt", edited(paras, r), group);
            variant(out, base + "-short.txt", shortened(paras, r), group);
        }
        Files.writeString(out.resolve("duplicates.json"), root.toPrettyString());
    }

    private static void variant(Path out, String rel, List<String> paras, ArrayNode group) throws IOException {
        write(out.resolve(rel), String.join("\n\n", paras) + "\n");
        group.add(rel);
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n\\s*\n|\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static List<String> wire(List<String> paras, Random r) {
        List<String> v = new ArrayList<>(paras);
        String wire = WIRES[r.nextInt(WIRES.length)];
        v.set(1, CITIES[r.nextInt(CITIES.length)] + ", " + (1 + r.nextInt(28)) + " March (" + wire + ") - " + v.get(1));
        v.add("(Reporting by " + wire + " correspondents; editing by the " + wire + " desk)");
        v.add("Copyright " + wire + " 2005. All rights reserved. Republished under licence.");
        return v;
    }

    private static List<String> dropped(List<String> paras, Random r) {
        List<String> v = new ArrayList<>(paras);
        v.remove(2 + r.nextInt(v.size() - 2));
        return v;
    }

    private static List<String> edited(List<String> paras, Random r) {
        List<String> v = new ArrayList<>(paras);
        for (int k = 0; k < 5; k++) {
            int i = 1 + r.nextInt(v.size() - 1);
            String[] words = v.get(i).split(" ");
            int w = r.nextInt(words.length);
            words[w] = r.nextBoolean() ? FILLERS[r.nextInt(FILLERS.length)] : words[w].toUpperCase(Locale.ROOT) + "s";
            v.set(i, String.join(" ", words));
        }
        return v;
    }

    private static List<String> shortened(List<String> paras, Random r) {
        int keep = Math.max(3, (int) Math.round(paras.size() * (0.4 + 0.2 * r.nextDouble())));
        return new ArrayList<>(paras.subList(0, Math.min(keep, paras.size())));
    }

    /**
     * Leaves out the source articles that already share half of their 8-word shingles (counted
     * exactly, not estimated) with another source article: the corpus's own near-duplicates, for
     * which the generated set could give no gold answer. The later one of each such pair goes.
     */
    static List<Path> withoutNaturalDuplicates(List<Path> files) throws IOException {
        java.util.Map<Long, List<Integer>> postings = new java.util.HashMap<>();
        List<Path> kept = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Path f : files) {
            long[] shingles = org.sitrep.link.Shingles.of(Files.readString(f, StandardCharsets.ISO_8859_1), 8);
            java.util.Map<Integer, Integer> shared = new java.util.HashMap<>();
            for (long sh : shingles) {
                for (int other : postings.getOrDefault(sh, List.of())) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
            boolean duplicate = shared.entrySet().stream().anyMatch(e -> e.getValue() * 2 >= Math.min(shingles.length,
                    sizes.get(e.getKey())));
            if (!duplicate) {
                int id = kept.size();
                kept.add(f);
                sizes.add(shingles.length);
                for (long sh : shingles) {
                    postings.computeIfAbsent(sh, k -> new ArrayList<>(1)).add(id);
                }
            }
        }
        return kept;
    }

    /** Paths of the groups of a duplicates.json (to exclude them from a generated set). */
    public static Set<String> groupMembers(Path duplicatesJson) throws IOException {
        Set<String> out = new HashSet<>();
        if (Files.exists(duplicatesJson)) {
            new ObjectMapper().readTree(duplicatesJson.toFile()).get("groups").forEach(g -> g.forEach(p -> out.add(p.asText())));
        }
        return out;
    }
}
