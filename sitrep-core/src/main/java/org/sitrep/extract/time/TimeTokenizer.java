package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a stretch of text into the tagger's own fine tokens (hyphens, commas and apostrophes
 * apart, so that "34-year-old", "1950-1953" and "1,950" look the same whatever tokenizer annotated
 * the article) and gives each its classes. Thread-safe.
 */
final class TimeTokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<iso>\\d{4}-\\d{2}-\\d{2})(?![\\d-])"
                    + "|(?<slash>\\d{1,2}/\\d{1,2}/\\d{2,4})(?![\\d/])"
                    + "|(?<frac>[1-9]/(?:[2-9]|1[0-2]))(?![\\d/])"
                    + "|(?<clock>\\d{1,2}:\\d{2})(?::\\d{2})?(?!\\d)"
                    + "|(?<big>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+)"
                    + "|(?<ord>\\d{1,2}(?:st|nd|rd|th))\\b"
                    + "|(?<decade>'?\\d{2,4}'?s)\\b"
                    + "|(?<num>\\d+)"
                    + "|(?<abbr>\\p{L}(?:\\.\\p{L})+\\.?)"
                    + "|(?<clitic>['’](?:ll|s|re|ve|d))\\b"
                    + "|(?<word>[\\p{L}\\p{M}]+)"
                    + "|(?<other>\\S)");
    // Group numbers of TOKEN (named groups in the same order), read by number: faster per token.
    private static final int ISO = 1;
    private static final int SLASH = 2;
    private static final int FRAC = 3;
    private static final int CLOCK = 4;
    private static final int BIG = 5;
    private static final int ORD = 6;
    private static final int DECADE = 7;
    private static final int NUM = 8;
    private static final int ABBR = 9;
    private static final int CLITIC = 10;
    private static final int WORD = 11;
    private static final int OTHER = 12;
    private final TimeLexicon lexicon;

    TimeTokenizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Tokens of {@code text} between {@code begin} and {@code end}, offsets into {@code text}. */
    List<TimeToken> tokenize(String text, int begin, int end) {
        List<TimeToken> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(begin, end);
        while (m.find()) {
            String raw = m.group();
            String word = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
            Map<String, String> classes = new LinkedHashMap<>();
            boolean cap = Character.isUpperCase(raw.charAt(0));
            if (cap) {
                classes.put("CAP", "1");
            }
            shapeClasses(m, word, classes);
            for (TimeLexicon.Entry e : lexicon.lookup(word)) {
                if ((e.cls().equals("MONTH") || e.cls().equals("ABBR")) && !cap) {
                    continue; // "may", "march": verbs unless capitalised
                }
                classes.putIfAbsent(e.cls(), e.value());
            }
            if (m.group(WORD) != null && classes.isEmpty() && word.length() > 3 && word.endsWith("s")
                    && !word.endsWith("ss")) {
                classes.put("PLURALWORD", "1");
            }
            out.add(new TimeToken(m.start(), m.end(), word, classes));
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            if (isFirstName(out.get(i), out.get(i + 1))) {
                out.set(i, new TimeToken(out.get(i).begin(), out.get(i).end(), out.get(i).word(), Map.of("CAP", "1")));
            }
        }
        return out;
    }

    /** A month name right before a capitalised word that is no time word is a first name: "Jan Kavan", "April Ryan". */
    private static boolean isFirstName(TimeToken t, TimeToken next) {
        return t.is("MONTH") && next.is("CAP") && next.begin() == t.end() + 1 && next.word().chars().allMatch(Character::isLetter)
                && next.classes().size() == 1;
    }

    private static void shapeClasses(Matcher m, String word, Map<String, String> classes) {
        if (m.group(ISO) != null || m.group(SLASH) != null) {
            classes.put("DATESHAPE", word);
        } else if (m.group(FRAC) != null) {
            String[] f = word.split("/");
            classes.put("FRAC", Double.toString(Double.parseDouble(f[0]) / Double.parseDouble(f[1])));
        } else if (m.group(CLOCK) != null) {
            classes.put("CLOCK", word.replace('.', ':'));
        } else if (m.group(BIG) != null) {
            classes.put("BIGNUM", word);
        } else if (m.group(ORD) != null) {
            int n = Integer.parseInt(word.substring(0, word.length() - 2));
            classes.put("ORD", Integer.toString(n));
            if (n >= 1 && n <= 31) {
                classes.put("DAYNUM", Integer.toString(n));
            }
        } else if (m.group(DECADE) != null) {
            String digits = word.replaceAll("[^0-9]", "");
            if (digits.length() == 4 && digits.endsWith("0")) {
                classes.put("DECADE", digits.substring(0, 3));
            } else if (digits.length() == 2 && digits.endsWith("0")) {
                classes.put("DECADE", "19" + digits.charAt(0));
            }
        } else if (m.group(NUM) != null && word.length() <= 9) {
            int n = Integer.parseInt(word);
            classes.put("NUM", Integer.toString(n));
            if (n >= 1 && n <= 31 && word.length() <= 2) {
                classes.put("DAYNUM", Integer.toString(n));
            }
            if (word.length() == 4 && n >= 1000 && n <= 2199) {
                classes.put("YEAR", word);
            }
        }
    }
}
