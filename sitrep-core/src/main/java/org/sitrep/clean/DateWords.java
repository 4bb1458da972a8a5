package org.sitrep.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English month and weekday names and the written date shapes of news text. Stateless. */
public final class DateWords {
    /** A month name or its abbreviation (Jan., Sept., …). */
    public static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A weekday name. */
    public static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private DateWords() {
    }

    /** The month (1–12) of a name such as "Sept." or "March", or 0. */
    public static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (n.length() < 3) {
            return 0;
        }
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The weekday of a name such as "Friday", or null. */
    public static DayOfWeek weekday(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date, or null when the parts do not make one. */
    public static LocalDate date(int year, int month, int day) {
        try {
            return month == 0 ? null : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first full date written in the text ("March 3, 2023", "3 March 2023", "2023-03-03"), or null. */
    public static LocalDate firstFullDate(String s) {
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && m.start() < at) {
            LocalDate d = date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && m.start() < at) {
            LocalDate d = date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = ISO.matcher(s);
        if (m.find() && m.start() < at) {
            LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }
}
