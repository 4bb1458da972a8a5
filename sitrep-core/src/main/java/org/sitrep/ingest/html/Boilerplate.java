package org.sitrep.ingest.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page-furniture vocabulary of {@code boilerplate.txt}: class/id hints (negative and positive)
 * and the text of furniture paragraphs. Immutable and thread-safe.
 */
final class Boilerplate {
    private static final String RESOURCE = "boilerplate.txt";
    static final Boilerplate DEFAULT = load();

    private final List<String> negativeSubstrings;
    private final Set<String> negativeTokens;
    private final List<String> positiveSubstrings;
    private final Pattern furnitureText;

    private Boilerplate(Map<String, List<String>> sections) {
        negativeSubstrings = List.copyOf(sections.getOrDefault("negative-substrings", List.of()));
        negativeTokens = Set.copyOf(sections.getOrDefault("negative-tokens", List.of()));
        positiveSubstrings = List.copyOf(sections.getOrDefault("positive-substrings", List.of()));
        furnitureText = Pattern.compile("^(?:" + String.join("|", sections.getOrDefault("boilerplate-text", List.of("(?!)")))
                + ")[\\s.!:…»>|-]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Boilerplate load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                } else {
                    sections.computeIfAbsent(section, k -> new ArrayList<>()).add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Boilerplate(sections);
    }

    /** The element's class and id, lower case, or "" when it has neither. */
    static String classAndId(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether class/id name page furniture. */
    boolean isNegative(String classAndId) {
        if (classAndId.isEmpty()) {
            return false;
        }
        for (String s : negativeSubstrings) {
            if (classAndId.contains(s)) {
                return true;
            }
        }
        for (String token : tokens(classAndId)) {
            if (negativeTokens.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether class/id name an article container. */
    boolean isPositive(String classAndId) {
        for (String s : positiveSubstrings) {
            if (classAndId.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a whole paragraph is furniture text ("Advertisement", "Read more: …"). */
    boolean isFurnitureText(String paragraph) {
        return paragraph.length() <= 200 && furnitureText.matcher(paragraph.strip()).matches();
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
