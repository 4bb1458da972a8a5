package org.sitrep.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.TimexType;

/**
 * Turns the slots of a matched expression into a TIMEX3 value against an anchor date (the
 * publication date). A null anchor leaves anchor-relative values unresolved with X placeholders.
 * Returns null for expressions that are not valid times (February 30). Stateless.
 */
final class TimeResolver {
    private TimeResolver() {
    }

    static Resolved resolve(TimePatterns.Rule rule, List<TimeToken> tokens, LocalDate anchor, Clues clues) {
        Tense tense = clues.tense();
        Slots s = Slots.of(tokens);
        if (rule.action() == Action.POINT && rule.argument() != null) {
            // POINT:shift counts the expression's own unit; POINT:shift:unit names the unit ("the latest period")
            String[] arg = rule.argument().split(":");
            s.unit = arg.length > 1 ? arg[1] : s.unit;
            if (s.unit != null) {
                s.shift = Integer.parseInt(arg[0]);
                s.shiftTarget = "UNIT:" + s.unit;
            }
        }
        try {
            return switch (rule.action()) {
                case POINT -> point(rule.type(), s, clockOnly(s) ? dayNamedLast(clues.previous(), anchor) : anchor, tense);
                case ANAPHOR -> anaphor(rule.type(), s, anchor, clues);
                case AGO -> ago(s, anchor, clues.quarterly());
                case DURATION -> duration(s);
                case SET -> set(s);
                case REF -> Resolved.of(rule.type(), rule.argument() != null ? rule.argument() : s.ref);
                case RANGE -> range(tokens);
                case REPORTED -> reported(s, anchor, clues.quarterly());
                case HOLIDAY -> holiday(tokens, s, anchor, clues.tense());
            };
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    // ---- points

    private static Resolved point(TimexType type, Slots s, LocalDate anchor, Tense tense) {
        String date = pointDate(s, anchor, tense);
        if (date == null) {
            return null;
        }
        String value = date;
        if (s.hour != null) {
            value = dayLevel(date) + "T" + clock(s) + (s.utc ? "Z" : "");
        } else if (s.part != null && date.length() == 10 || s.part != null && date.startsWith("XXXX-XX-XX")) {
            value = date + "T" + s.part;
        }
        if (value == null || value.contains("null")) {
            return null;
        }
        return Resolved.of(value.contains("T") && type == TimexType.DATE ? TimexType.TIME : type, value);
    }

    /** A clock time with no day of its own ("at 10 p.m.") */
    private static boolean clockOnly(Slots s) {
        return s.hour != null && s.weekday == null && s.deictic == null && s.month == null && s.dateShape == null
                && s.year == null;
    }

    /** The day the text named last (the day a bare clock time belongs to in narrative), else the anchor. */
    private static LocalDate dayNamedLast(Reference previous, LocalDate anchor) {
        return previous != null && previous.supports("D") ? previous.date() : anchor;
    }

    /** "the following year", "later that day": counted from the point named last when it is precise
     * enough, else from the anchor. */
    private static Resolved anaphor(TimexType type, Slots s, LocalDate anchor, Clues clues) {
        if (s.weekday != null) {
            LocalDate from = dayNamedLast(clues.previous(), anchor); // "the previous Friday": the one before the day named last
            if (from == null) {
                return Resolved.of(type, "XXXX-WXX-" + s.weekday);
            }
            DayOfWeek dow = DayOfWeek.of(s.weekday);
            return Resolved.of(type, from.with(s.shift != null && s.shift > 0 ? TemporalAdjusters.next(dow)
                    : TemporalAdjusters.previous(dow)).toString());
        }
        String unit = s.unit != null ? s.unit : s.part != null ? "D" : null;
        if (unit == null) {
            return null;
        }
        s.shift = s.shift == null ? 0 : s.shift;
        s.shiftTarget = s.unit != null ? "UNIT:" + s.unit : "PART";
        Reference previous = clues.previous();
        LocalDate from = previous != null && previous.supports(unit) ? previous.date() : anchor;
        return point(type, s, from, clues.tense());
    }

    private static String dayLevel(String date) {
        return date.length() == 10 ? date : "XXXX-XX-XX";
    }

    private static String clock(Slots s) {
        int h = s.hour;
        if (h > 24 || s.minute > 59) {
            throw new DateTimeException("bad clock");
        }
        if ("PM".equals(s.ampm) && h < 12) {
            h += 12;
        } else if ("AM".equals(s.ampm) && h == 12) {
            h = 0;
        }
        return String.format(Locale.ROOT, "%02d:%02d", h, s.minute);
    }

    private static String pointDate(Slots s, LocalDate anchor, Tense tense) {
        if (s.dateShape != null) {
            return shapeDate(s.dateShape);
        }
        if (s.decade != null) {
            return s.decade;
        }
        if (s.century != null) {
            return String.format(Locale.ROOT, "%02d", s.century - 1);
        }
        if (s.deictic != null) {
            return anchor == null ? "XXXX-XX-XX" : anchor.plusDays(s.deictic).toString();
        }
        if (s.weekday != null && s.month == null) {
            return weekday(s, anchor, tense);
        }
        if (s.shift != null && s.shiftTarget != null && s.year == null) {
            String shifted = shifted(s, anchor, tense);
            if (shifted != null) {
                return shifted;
            }
        }
        if (s.weekend) {
            return weekend(anchor, tense, 0);
        }
        return calendar(s, anchor, tense);
    }

    private static String shapeDate(String shape) {
        if (shape.contains("/")) {
            String[] f = shape.split("/");
            int y = Integer.parseInt(f[2]);
            y = f[2].length() == 2 ? (y <= 30 ? 2000 + y : 1900 + y) : y;
            return LocalDate.of(y, Integer.parseInt(f[0]), Integer.parseInt(f[1])).toString();
        }
        return LocalDate.parse(shape).toString();
    }

    private static String weekday(Slots s, LocalDate anchor, Tense tense) {
        if (anchor == null) {
            return "XXXX-WXX-" + s.weekday;
        }
        DayOfWeek dow = DayOfWeek.of(s.weekday);
        int shift = s.shift == null ? 0 : s.shift;
        LocalDate d;
        if (shift < 0) {
            d = anchor.with(TemporalAdjusters.previous(dow));
        } else if (shift > 0) {
            d = anchor.with(TemporalAdjusters.next(dow));
        } else {
            d = switch (tense) {
                case FUTURE -> anchor.with(TemporalAdjusters.nextOrSame(dow));
                case PRESENT -> nearest(anchor, dow);
                case NONE -> anchor.with(TemporalAdjusters.previousOrSame(dow));
                default -> anchor.with(TemporalAdjusters.previousOrSame(dow));
            };
        }
        return d.toString();
    }

    private static LocalDate nearest(LocalDate anchor, DayOfWeek dow) {
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(dow));
        return anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay() ? before : after;
    }

    private static String weekend(LocalDate anchor, Tense tense, int shift) {
        if (anchor == null) {
            return "XXXX-WXX-WE";
        }
        LocalDate saturday = tense == Tense.PAST && shift == 0
                ? anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                : anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusWeeks(shift);
        return isoWeek(saturday) + "-WE";
    }

    /** Values such as last year, this week, next month, last August, this summer, last night. */
    private static String shifted(Slots s, LocalDate anchor, Tense tense) {
        int k = s.shift;
        String target = s.shiftTarget;
        if (target.startsWith("UNIT:")) {
            String unit = target.substring(5);
            if (s.weekend) {
                return weekend(anchor, tense, k);
            }
            if (anchor == null) {
                return unresolved(unit, s);
            }
            return switch (unit) {
                case "Y" -> yearWithParts(anchor.getYear() + k, s, anchor);
                case "M" -> YearMonth.from(anchor).plusMonths(k).toString();
                case "W" -> isoWeek(anchor.plusWeeks(k));
                case "D" -> anchor.plusDays(k).toString();
                case "Q" -> quarter(anchor, k);
                case "DE" -> Integer.toString(anchor.getYear() / 10 + k);
                case "CE" -> String.format(Locale.ROOT, "%02d", anchor.getYear() / 100 + k);
                default -> null;
            };
        }
        switch (target) {
            case "MONTH" -> {
                if (anchor == null) {
                    return String.format(Locale.ROOT, "XXXX-%02d", s.month);
                }
                int y = anchor.getYear();
                if (k < 0) {
                    y = s.month < anchor.getMonthValue() ? y : y - 1;
                } else if (k > 0) {
                    y = s.month > anchor.getMonthValue() ? y : y + 1;
                }
                return String.format(Locale.ROOT, "%04d-%02d", y, s.month);
            }
            case "SEASON" -> {
                if (anchor == null) {
                    return "XXXX-" + s.season;
                }
                int y = anchor.getYear() + (k < 0 && seasonStart(s.season) > anchor.getMonthValue() ? -1 : 0)
                        + (k > 0 && seasonStart(s.season) <= anchor.getMonthValue() ? 1 : 0);
                return y + "-" + s.season;
            }
            case "PART" -> {
                return anchor == null ? "XXXX-XX-XX" : anchor.plusDays(k).toString();
            }
            default -> {
                return null;
            }
        }
    }

    private static int seasonStart(String season) {
        return switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
    }

    private static String yearWithParts(int year, Slots s, LocalDate anchor) {
        if (s.quarter != null) {
            return year + "-Q" + s.quarter;
        }
        if (s.half != null) {
            return year + "-H" + s.half;
        }
        if (s.month != null) {
            return String.format(Locale.ROOT, "%04d-%02d", year, s.month);
        }
        if (s.season != null) {
            return year + "-" + s.season;
        }
        return Integer.toString(year);
    }

    private static String unresolved(String unit, Slots s) {
        return switch (unit) {
            case "Y" -> s.quarter != null ? "XXXX-Q" + s.quarter : s.month != null
                    ? String.format(Locale.ROOT, "XXXX-%02d", s.month) : "XXXX";
            case "M" -> "XXXX-XX";
            case "W" -> "XXXX-WXX";
            case "Q" -> "XXXX-QX";
            case "DE" -> "XXX";
            case "CE" -> "XX";
            default -> "XXXX-XX-XX";
        };
    }

    private static String quarter(LocalDate anchor, int k) {
        int q = (anchor.getMonthValue() - 1) / 3 + 4 * anchor.getYear() + k;
        return Math.floorDiv(q, 4) + "-Q" + (Math.floorMod(q, 4) + 1);
    }

    private static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Explicit calendar fields, completed from the anchor where the text leaves them out. */
    private static String calendar(Slots s, LocalDate anchor, Tense tense) {
        Integer year = s.year;
        if (s.month != null) {
            if (year == null) {
                if (anchor == null) {
                    return s.day != null ? String.format(Locale.ROOT, "XXXX-%02d-%02d", s.month, s.day)
                            : String.format(Locale.ROOT, "XXXX-%02d", s.month);
                }
                year = monthYear(s.month, s.day == null ? 0 : s.day, anchor, tense);
            }
            if (s.day != null) {
                return LocalDate.of(year, s.month, s.day).toString();
            }
            YearMonth.of(year, s.month);
            return String.format(Locale.ROOT, "%04d-%02d", year, s.month);
        }
        if (year == null && (s.quarter != null || s.half != null || s.season != null || s.hour != null || s.part != null
                || "Q".equals(s.unit))) {
            if (anchor == null) {
                return s.hour != null || s.part != null ? "XXXX-XX-XX" : unresolved("Y", s);
            }
            if (s.hour != null || s.part != null) {
                return anchor.toString();
            }
            if (s.quarter == null && s.half == null && s.season == null) {
                return quarter(anchor, 0);
            }
            year = anchor.getYear();
            if (s.quarter != null && s.quarter > (anchor.getMonthValue() + 2) / 3 && tense != Tense.FUTURE) {
                year--; // a quarter named without its year is the latest one of that name (reports look back)
            }
        }
        if (year == null) {
            return null;
        }
        return yearWithParts(year, s, anchor);
    }

    /** The year of a month (and day) named without one: before the anchor in past clauses, after it in
     * future ones, else the occurrence in a window that leans to the past. */
    private static int monthYear(int month, int day, LocalDate anchor, Tense tense) {
        int y = anchor.getYear();
        int here = anchor.getMonthValue() * 32 + anchor.getDayOfMonth();
        int there = month * 32 + day;
        return switch (tense) {
            case PAST -> there - here <= PAST_LOOKAHEAD ? y : y - 1;
            case FUTURE -> here - there <= FUTURE_LOOKBACK ? y : y + 1;
            default -> there - here > NONE_LOOKAHEAD ? y - 1 : here - there > 12 * 32 - NONE_LOOKAHEAD ? y + 1 : y;
        };
    }

    /** How far (month*32+day units) past the anchor a date in a past-tense clause may still lie: the
     * tense read without a parse is often the reporting verb's ("said"), not the event's. */
    private static final int PAST_LOOKAHEAD = 3 * 32;
    /** Without a tense, the year within which a month or date lies: from 8 months before the anchor to
     * 4 after (news looks back more often than ahead). */
    private static final int NONE_LOOKAHEAD = 4 * 32;
    /** Likewise how far before the anchor a date in a future clause may lie. */
    private static final int FUTURE_LOOKBACK = 32;

    // ---- offsets, durations, sets, ranges

    private static Resolved ago(Slots s, LocalDate anchor, boolean quarterly) {
        if (s.vague || s.count == null && (s.unitWord == null || s.unitWord.endsWith("s")) || s.unit == null) {
            return Resolved.of(TimexType.DATE, s.direction > 0 ? "FUTURE_REF" : "PAST_REF");
        }
        int dir = s.direction == 0 ? -1 : s.direction;
        double n = (s.count == null ? 1 : s.count) * dir;
        if (anchor == null) {
            return Resolved.of(TimexType.DATE, unresolved(s.unit, s));
        }
        if (n != Math.rint(n)) {
            return null;
        }
        long k = (long) n;
        if (s.quarter != null && s.unit.equals("Y")) {
            return Resolved.of(TimexType.DATE, (anchor.getYear() + k) + "-Q" + s.quarter);
        }
        if (quarterly && s.unit.equals("Y")) {
            return Resolved.of(TimexType.DATE, quarter(anchor, -1 + 4 * (int) k)); // the latest reported quarter, k years off
        }
        String v = switch (s.unit) {
            case "Y" -> Long.toString(anchor.getYear() + k);
            case "M" -> YearMonth.from(anchor).plusMonths(k).toString();
            case "W" -> isoWeek(anchor.plusWeeks(k));
            case "D", "H", "MIN" -> anchor.plusDays(s.unit.equals("D") ? k : 0).toString();
            case "DE" -> Long.toString(anchor.getYear() + 10 * k);
            case "CE" -> Long.toString(anchor.getYear() + 100 * k);
            case "Q" -> quarter(anchor, (int) k);
            default -> null;
        };
        return v == null ? null : Resolved.of(TimexType.DATE, v);
    }

    /** "the 1988 quarter", "the 1989 period": in a text that reports by quarters, the reported quarter
     * (the one before the anchor's) in the named year; else the year. */
    private static Resolved reported(Slots s, LocalDate anchor, boolean quarterly) {
        if (s.year == null) {
            return null;
        }
        if (!quarterly || anchor == null) {
            return Resolved.of(TimexType.DATE, Integer.toString(s.year));
        }
        String latest = quarter(anchor, -1);
        return Resolved.of(TimexType.DATE, s.year + latest.substring(latest.indexOf('-')));
    }

    /** A holiday's date: in the named year, else the one before or after the anchor that the shift
     * word or the tense points to. */
    private static Resolved holiday(List<TimeToken> tokens, Slots s, LocalDate anchor, Tense tense) {
        StringBuilder name = new StringBuilder();
        for (TimeToken t : tokens) {
            if (t.is("YEAR") || t.word().equals(",") || s.year != null && t.is("NUMWORD")) {
                break;
            }
            if (!(name.length() == 0 && (t.is("SHIFT") || t.word().equals("the"))) && !t.word().equals("'")) {
                name.append(name.length() == 0 ? "" : " ").append(t.word());
            }
        }
        Holidays holidays = Holidays.defaults();
        String rule = holidays.rule(name.toString());
        if (rule == null) {
            return null;
        }
        if (s.year != null) {
            return Resolved.of(TimexType.DATE, holidays.date(rule, s.year).toString());
        }
        if (anchor == null) {
            return Resolved.of(TimexType.DATE, rule.matches("\\d{2}-\\d{2}") ? "XXXX-" + rule : "XXXX-XX-XX");
        }
        LocalDate d = holidays.date(rule, anchor.getYear());
        int shift = s.shift == null ? 0 : s.shift;
        if (shift < 0) {
            d = d.isBefore(anchor) ? d : holidays.date(rule, anchor.getYear() - 1);
        } else if (shift > 0) {
            d = d.isAfter(anchor) ? d : holidays.date(rule, anchor.getYear() + 1);
        } else {
            d = holidays.date(rule, monthYear(d.getMonthValue(), d.getDayOfMonth(), anchor, tense));
        }
        return Resolved.of(TimexType.DATE, d.toString());
    }

    private static Resolved duration(Slots s) {
        if (s.unit == null) {
            return s.unitWord == null && s.count == null ? Resolved.of(TimexType.DURATION, "P1Y") : null;
        }
        boolean plural = s.unitWord.endsWith("s");
        String n = s.vague || (s.count == null || s.articleCount && s.count == 1) && plural ? "X" : null;
        double c = s.count == null ? 1 : s.count;
        return Resolved.of(TimexType.DURATION, durationValue(s.unit, n, c));
    }

    static String durationValue(String unit, String placeholder, double count) {
        String[] u = switch (unit) {
            case "Y" -> new String[] {"P", "Y", "12", "M"};
            case "M" -> new String[] {"P", "M", "30", "D"};
            case "W" -> new String[] {"P", "W", "7", "D"};
            case "D" -> new String[] {"P", "D", "24", "H"};
            case "H" -> new String[] {"PT", "H", "60", "M"};
            case "MIN" -> new String[] {"PT", "M", "60", "S"};
            case "DE" -> new String[] {"P", "DE", "10", "Y"};
            case "CE" -> new String[] {"P", "CE", "100", "Y"};
            case "Q" -> new String[] {"P", "Q", "3", "M"};
            case "WE" -> new String[] {"P", "WE", "2", "D"};
            case "FN" -> new String[] {"P", "FN", "2", "W"};
            default -> throw new IllegalArgumentException(unit);
        };
        if (placeholder != null) {
            String letter = switch (unit) {
                case "DE", "CE" -> "Y";
                case "WE" -> "D";
                case "FN" -> "W";
                default -> u[1];
            };
            return u[0] + placeholder + letter;
        }
        boolean bigUnit = u[1].length() == 2;
        String smallPrefix = u[3].equals("H") || u[0].equals("PT") ? "PT" : "P";
        if (bigUnit || count < 1) {
            return smallPrefix + num(count * Integer.parseInt(u[2])) + u[3];
        }
        double whole = Math.floor(count);
        if (whole == count) {
            return u[0] + num(count) + u[1];
        }
        // "2 1/2 years" = P2Y6M, "5 1/2 hours" = PT5H30M, "a day and a half" = P1DT12H
        String rest = num((count - whole) * Integer.parseInt(u[2])) + u[3];
        return u[0] + num(whole) + u[1] + (smallPrefix.equals("PT") && u[0].equals("P") ? "T" : "") + rest;
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static Resolved set(Slots s) {
        if (s.setAdverb != null) {
            return Resolved.of(TimexType.SET, s.setAdverb);
        }
        if (s.weekday != null) {
            return Resolved.of(TimexType.SET, "XXXX-WXX-" + s.weekday);
        }
        if (s.part != null) {
            return Resolved.of(TimexType.SET, "XXXX-XX-XXT" + s.part);
        }
        if (s.season != null) {
            return Resolved.of(TimexType.SET, "XXXX-" + s.season);
        }
        if (s.month != null) {
            return Resolved.of(TimexType.SET, String.format(Locale.ROOT, "XXXX-%02d", s.month));
        }
        if (s.unit == null) {
            return null;
        }
        double n = s.other ? 2 : s.count == null || s.count < 1 || s.every && isFrequencyWord(s) ? 1 : s.count;
        return Resolved.of(TimexType.SET, durationValue(s.unit, null, n));
    }

    private static boolean isFrequencyWord(Slots s) {
        return s.count != null && s.unitWord != null && !s.unitWord.endsWith("s");
    }

    private static Resolved range(List<TimeToken> tokens) {
        TimeToken first = tokens.get(0);
        TimeToken last = tokens.get(tokens.size() - 1);
        int y1 = first.intValue("YEAR");
        int y2 = last.intValue("NUM");
        if (last.word().length() == 2) {
            y2 = y1 / 100 * 100 + y2;
        } else if (!last.is("YEAR")) {
            return null;
        }
        if (y2 <= y1 || y2 - y1 > 200) {
            return null;
        }
        return new Resolved(TimexType.DURATION, "P" + (y2 - y1) + "Y", Integer.toString(y1), Integer.toString(y2));
    }
}
