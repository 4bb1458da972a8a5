package org.sitrep.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies the language of a news text, coarsely: by script for Russian (Cyrillic), Arabic,
 * Korean (Hangul), Japanese (kana) and Chinese (Han without kana); else by counting the words of
 * each stopword profile (stopwords.txt: en, de, fr, es, it, pt, nl). Returns an ISO 639-1 code, or
 * null when the text is too short or too mixed to tell. Looks at most at the first 20,000
 * characters. Immutable and thread-safe.
 */
public final class LanguageDetector {
    private static final int MAX_CHARS = 20_000;
    private static final int MIN_STOPWORDS = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Map<String, Set<String>> profiles = new HashMap<>();
    private final List<String> order;

    public LanguageDetector() {
        List<String> lines = Resources.lines("stopwords.txt");
        order = lines.stream().map(l -> l.substring(0, l.indexOf(' '))).toList();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            profiles.put(parts[0], new HashSet<>(List.of(parts).subList(1, parts.length)));
        }
    }

    /** The language of the text, or null when it cannot be told. */
    public String detect(String text) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String byScript = byScript(t);
        if (byScript != null) {
            return byScript;
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (String lang : order) {
                if (profiles.get(lang).contains(w)) {
                    counts.merge(lang, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestCount = 0;
        for (String lang : order) {
            int c = counts.getOrDefault(lang, 0);
            if (c > bestCount) {
                best = lang;
                bestCount = c;
            }
        }
        return bestCount >= MIN_STOPWORDS ? best : null;
    }

    /** A language told by its script, when more than 30% of the letters are in that script. */
    private static String byScript(String t) {
        int letters = 0;
        int cyrillic = 0;
        int arabic = 0;
        int hangul = 0;
        int kana = 0;
        int han = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                default -> { }
            }
        }
        if (letters == 0) {
            return null;
        }
        double share = 0.3 * letters;
        if (cyrillic > share) {
            return "ru";
        }
        if (arabic > share) {
            return "ar";
        }
        if (hangul > share) {
            return "ko";
        }
        if (kana > 0.05 * letters && kana + han > share) {
            return "ja";
        }
        if (han > share) {
            return "zh";
        }
        return null;
    }
}
