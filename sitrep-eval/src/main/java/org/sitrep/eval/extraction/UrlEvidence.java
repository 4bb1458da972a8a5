package org.sitrep.eval.extraction;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's URL states independently of its HTML: a publication date written in the path
 * ({@code /2019/11/18/}, {@code 2019-11-18}, {@code 20191118}) and the headline's words in the slug.
 * Used as a reference for headline and date accuracy where the benchmark has no gold for them.
 */
final class UrlEvidence {
    private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private UrlEvidence() {
    }

    /** The date written in the URL's path, or null. */
    static LocalDate date(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^https?://[^/]+", "");
        for (Pattern p : List.of(DATE, COMPACT)) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The words of the URL's slug (the longest path segment of at least 3 hyphenated words), or empty. */
    static List<String> slugWords(String url) {
        if (url == null) {
            return List.of();
        }
        String path = url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        List<String> best = List.of();
        for (String seg : path.split("/")) {
            String s = seg.replaceFirst("\\.[a-z]{2,5}$", "");
            List<String> words = new ArrayList<>();
            for (String w : s.split("[-_]+")) {
                if (w.length() >= 2 && w.chars().allMatch(Character::isLetter)) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            if (words.size() >= 3 && words.size() > best.size()) {
                best = words;
            }
        }
        return best;
    }

    /** Whether at least 70% of the slug's words are words of the headline. */
    static boolean headlineMatches(List<String> slug, String headline) {
        if (headline == null || slug.isEmpty()) {
            return false;
        }
        String folded = Normalizer.normalize(headline, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        Set<String> words = new HashSet<>(List.of(folded.split("[^\\p{L}\\p{N}]+")));
        long hit = slug.stream().filter(words::contains).count();
        return hit >= 0.7 * slug.size();
    }
}
