package org.sitrep.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
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

    /** A written date shape: its pattern and the groups holding year, month and day. */
    private record Shape(Pattern pattern, int year, int month, int day) {
        LocalDate at(Matcher m) {
            String mon = m.group(month);
            int mm = Character.isDigit(mon.charAt(0)) ? Integer.parseInt(mon) : DateWords.month(mon);
            return date(Integer.parseInt(m.group(year)), mm, Integer.parseInt(m.group(day)));
        }
    }

    private static final List<Shape> SHAPES = List.of(new Shape(MONTH_DAY_YEAR, 3, 1, 2),
            new Shape(DAY_MONTH_YEAR, 3, 2, 1), new Shape(ISO, 1, 2, 3));

    /** The first full date written in the text ("March 3, 2023", "3 March 2023", "2023-03-03"), or null. */
    public static LocalDate firstFullDate(String s) {
        LocalDate best = null;
        int at = Integer.MAX_VALUE;
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(s);
            while (m.find() && m.start() < at) {
                LocalDate d = shape.at(m);
                if (d != null) {
                    best = d;
                    at = m.start();
                    break;
                }
            }
        }
        return best;
    }
}
