package org.sitrep.clean;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a publication date from a copyright year and the weekdays a text names, for articles
 * whose text carries no date. The rule:
 * <ol>
 * <li>The year is the copyright year ("©2023", "Copyright 2023", "(c) 2023"; for a range such as
 *     "2008-2023" its end). Several different copyright years: no inference.</li>
 * <li>Each weekday named in the text ("on Friday", "met Wednesday"; not plurals, not a weekday
 *     written with a full date) is a reference to the week around publication: to the future when
 *     its sentence has a future cue before it (will, expected, set to, scheduled, plans, due,
 *     next, …), else to the past (including the day of publication).</li>
 * <li>The publication weekday W is the one that makes the past mentions most recent: it minimises
 *     the largest number of days from a past mention back to W (0 for W itself), among the
 *     weekdays that no future mention names. A tie, or no past mention: no inference.</li>
 * <li>The date is the latest day W of that year that is not after today: the text fixes the
 *     weekday, not the week, so the date is the latest consistent one (an upper bound).</li>
 * </ol>
 * For a dateline that gives a month and day but no year, and a text without a copyright year,
 * {@link #yearOf} takes the most recent year in which that day falls on the weekday of step 3.
 * Stateless and thread-safe.
 */
public final class WeekdayDateInference {
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|\\bCopyright\\b)\\s*(?:©\\s*)?(?:(\\d{4})\\s*[-–]\\s*)?((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_MENTION = Pattern.compile(
            "\\b(" + DateWords.WEEKDAY + ")\\b(?!s\\b)(?!,?\\s+(?:" + DateWords.MONTH + "\\s+\\d|\\d{1,2}\\s+" + DateWords.MONTH + "))");
    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(?:will|shall|expected|set to|scheduled|plans?|planned|planning|due|next|is to|are to|going to|upcoming|later)\\b|'ll\\b|’ll\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_CUE = Pattern.compile("\\blast\\s*$", Pattern.CASE_INSENSITIVE);

    /** How far back {@link #yearOf} looks: a weekday repeats on a given day within at most eleven years. */
    private static final int MAX_YEARS_BACK = 12;

    private WeekdayDateInference() {
    }

    /** The copyright year named in the text, or null when none or several different ones. */
    public static Integer copyrightYear(String text) {
        Set<Integer> years = new TreeSet<>();
        Matcher m = COPYRIGHT.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(2)));
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    /**
     * @param source the whole text as read (footers included: the copyright line is usually one)
     * @param body   the cleaned text, whose weekday mentions are read
     * @param today  the latest possible date
     * @return the inferred date, or null when the rule gives none
     */
    public static LocalDate infer(String source, String body, LocalDate today) {
        Integer year = copyrightYear(source);
        if (year == null || year > today.getYear()) {
            return null;
        }
        DayOfWeek w = publicationWeekday(body);
        if (w == null) {
            return null;
        }
        LocalDate end = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        LocalDate d = end.with(TemporalAdjusters.previousOrSame(w));
        return d.getYear() == year ? d : null;
    }

    /**
     * The most recent date, not after today and within the last {@value #MAX_YEARS_BACK} years, with the
     * given month and day (a dateline's "March 3") that falls on the publication weekday implied by the
     * text (step 3 of the rule); null when the text implies no weekday.
     */
    public static LocalDate yearOf(int month, int day, String body, LocalDate today) {
        DayOfWeek w = publicationWeekday(body);
        if (w == null || month == 0) {
            return null;
        }
        for (int y = today.getYear(); y > today.getYear() - MAX_YEARS_BACK; y--) {
            LocalDate d = DateWords.date(y, month, day);
            if (d != null && !d.isAfter(today) && d.getDayOfWeek() == w) {
                return d;
            }
        }
        return null;
    }

    /** Step 3 of the rule, or null. */
    static DayOfWeek publicationWeekday(String body) {
        Set<DayOfWeek> past = EnumSet.noneOf(DayOfWeek.class);
        Set<DayOfWeek> future = EnumSet.noneOf(DayOfWeek.class);
        Matcher m = WEEKDAY_MENTION.matcher(body);
        while (m.find()) {
            DayOfWeek d = DateWords.weekday(m.group(1));
            String before = sentenceBefore(body, m.start());
            if (!PAST_CUE.matcher(before).find() && FUTURE_CUE.matcher(before).find()) {
                future.add(d);
            } else {
                past.add(d);
            }
        }
        if (past.isEmpty()) {
            return null;
        }
        DayOfWeek best = null;
        int bestSpread = Integer.MAX_VALUE;
        boolean tie = false;
        for (DayOfWeek w : DayOfWeek.values()) {
            if (future.contains(w)) {
                continue;
            }
            int spread = 0;
            for (DayOfWeek p : past) {
                spread = Math.max(spread, Math.floorMod(w.getValue() - p.getValue(), 7));
            }
            if (spread < bestSpread) {
                best = w;
                bestSpread = spread;
                tie = false;
            } else if (spread == bestSpread) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The text from the start of the sentence holding {@code at} up to {@code at}. */
    private static String sentenceBefore(String text, int at) {
        int from = Math.max(0, at - 300);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return text.substring(i + 1, at);
            }
        }
        return text.substring(from, at);
    }
}
