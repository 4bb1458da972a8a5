package org.sitrep.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates as pages write them: ISO 8601 and its variants (the local date as written,
 * never shifted to UTC), {@code yyyy/mm/dd}, and English month-name dates ("November 18, 2019",
 * "Nov. 18, 2019", "18 November 2019", "Mon, 18 Nov 2019 21:24:00 GMT"). Years outside 1990–2100 are
 * rejected. Stateless.
 */
final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T|\\s|$)");
    /** "November 18, 2019" (the month first). */
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "18 November 2019" (the day first). */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** The calendar date a metadata value states, or null. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.length() > 200 ? value.substring(0, 200) : value;
        Matcher m = ISO.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return findInText(v);
    }

    /** The first month-name date in a piece of text, or null. */
    static LocalDate findInText(String text) {
        Matcher a = MONTH_DAY_YEAR.matcher(text);
        Matcher b = DAY_MONTH_YEAR.matcher(text);
        boolean fa = a.find();
        boolean fb = b.find();
        if (fa && (!fb || a.start() <= b.start())) {
            return date(a.group(3), month(a.group(1)), a.group(2));
        }
        if (fb) {
            return date(b.group(3), month(b.group(2)), b.group(1));
        }
        return null;
    }

    private static String month(String name) {
        Integer m = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return m == null ? "0" : m.toString();
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
