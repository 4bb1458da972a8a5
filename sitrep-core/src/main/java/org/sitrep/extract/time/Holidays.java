package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * The holiday table ({@code holidays.tsv}): holiday names to their calendar rule, and the date a
 * rule gives in a year. Immutable and thread-safe once loaded.
 */
final class Holidays {
    private static final Holidays DEFAULT = load("holidays.tsv");
    private final Map<String, String> rules;

    private Holidays(Map<String, String> rules) {
        this.rules = Map.copyOf(rules);
    }

    static Holidays defaults() {
        return DEFAULT;
    }

    static Holidays load(String resource) {
        Map<String, String> rules = new HashMap<>();
        for (String line : TimeLexicon.Resources.lines(resource)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(resource + ": bad line '" + line + "'");
            }
            rules.put(f[0].trim(), f[1].trim());
        }
        Holidays h = new Holidays(rules);
        rules.values().forEach(r -> h.date(r, 2000)); // fail at load on a malformed rule
        return h;
    }

    /** The rule of a holiday name (lower-case words separated by spaces), or null. */
    String rule(String name) {
        return rules.get(name);
    }

    /** The day the rule gives in the year. */
    LocalDate date(String rule, int year) {
        if (rule.startsWith("E")) {
            return easter(year).plusDays(Integer.parseInt(rule.substring(1)));
        }
        String[] f = rule.split("[-+]");
        int month = Integer.parseInt(f[0]);
        if (f.length == 2) {
            return LocalDate.of(year, month, Integer.parseInt(f[1]));
        }
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(f[2]));
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate d = f[1].equals("L") ? first.with(TemporalAdjusters.lastInMonth(dow))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(f[1]), dow));
        return f.length > 3 ? d.plusDays(Integer.parseInt(f[3])) : d;
    }

    /** Western Easter Sunday (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - b / 4 - g + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(year, n / 31, n % 31 + 1);
    }
}
