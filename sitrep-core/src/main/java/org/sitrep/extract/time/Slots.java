package org.sitrep.extract.time;

import java.util.List;

/**
 * What the tokens of one matched expression say, slot by slot (year, month, weekday, shift,
 * count, unit…), read from their classes. Built per match; not shared.
 */
final class Slots {
    Integer year;
    Integer month;
    Integer day;
    Integer weekday;
    Integer quarter;
    Integer half;
    Integer century;
    String decade;
    Integer shift;
    String shiftTarget;
    Integer deictic;
    String part;
    String season;
    Integer hour;
    Integer minute;
    String ampm;
    /** Whether a clock time is given in UTC (GMT): its value ends with Z. */
    boolean utc;
    String ref;
    String setAdverb;
    Double count;
    /** Whether the count is only an article's ("a decades-long feud": the article belongs to the noun). */
    boolean articleCount;
    boolean vague;
    boolean every;
    boolean other;
    boolean weekend;
    String unit;
    String unitWord;
    int direction;
    String dateShape;

    static Slots of(List<TimeToken> tokens) {
        Slots s = new Slots();
        for (int i = 0; i < tokens.size(); i++) {
            int spoken = s.readSpokenYear(tokens, i);
            if (spoken > 0) {
                i += spoken - 1;
            } else {
                s.read(tokens, i);
            }
        }
        return s;
    }

    /**
     * A year said in words ("nineteen ninety-four", "two thousand", "twenty ten") starting at token i:
     * sets the year and returns how many tokens it took, or 0. Not before a unit ("two thousand years").
     */
    private int readSpokenYear(List<TimeToken> ts, int i) {
        TimeToken t = ts.get(i);
        int y;
        int j;
        if (t.is("YEARHI") && i + 1 < ts.size() && ts.get(i + 1).is("YEARLO")) {
            y = t.intValue("YEARHI") * 100 + ts.get(i + 1).intValue("YEARLO");
            j = i + 2;
        } else if (t.is("NUMWORD") && t.intValue("NUMWORD") == 2 && i + 1 < ts.size() && ts.get(i + 1).is("THOUSAND")) {
            y = 2000;
            j = i + 2;
            if (j + 1 < ts.size() && ts.get(j).word().equals("and") && ts.get(j + 1).is("NUMWORD")) {
                j++;
            }
            if (j < ts.size() && ts.get(j).is("NUMWORD") && ts.get(j).intValue("NUMWORD") < 100) {
                y += ts.get(j).intValue("NUMWORD");
                j++;
            }
        } else {
            return 0;
        }
        if (y % 10 == 0 && y % 100 >= 20 && j + 1 < ts.size() && ts.get(j).word().equals("-") && ts.get(j + 1).is("NUMWORD")
                && ts.get(j + 1).intValue("NUMWORD") < 10) {
            y += ts.get(j + 1).intValue("NUMWORD"); // ninety-four
            j += 2;
        } else if (y % 10 == 0 && y % 100 >= 20 && j < ts.size() && ts.get(j).is("NUMWORD") && ts.get(j).intValue("NUMWORD") < 10) {
            y += ts.get(j).intValue("NUMWORD"); // ninety four
            j++;
        }
        if (j < ts.size() && ts.get(j).is("UNIT")) {
            return 0;
        }
        year = year == null ? y : year;
        return j - i;
    }

    private void read(List<TimeToken> ts, int i) {
        TimeToken t = ts.get(i);
        TimeToken next = i + 1 < ts.size() ? ts.get(i + 1) : null;
        TimeToken prev = i > 0 ? ts.get(i - 1) : null;
        if (t.is("DATESHAPE")) {
            dateShape = t.value("DATESHAPE");
        }
        if (t.is("YEAR") && year == null && !(next != null && next.is("UNIT") && !next.word().equals("quarter"))) {
            year = t.intValue("YEAR");
        } else if (t.is("NUM") && prev != null && prev.word().equals("'") && t.word().length() == 2 && year == null) {
            int n = t.intValue("NUM");
            year = n <= 30 ? 2000 + n : 1900 + n;
        }
        if (t.is("MONTH")) {
            month = t.intValue("MONTH");
        }
        if (t.is("DAYNUM") && day == null && !t.is("YEAR") && isNextToMonth(ts, i)) {
            day = t.intValue("DAYNUM");
        }
        if (t.is("WEEKDAY") || t.is("WEEKDAYS")) {
            weekday = Integer.parseInt(t.is("WEEKDAY") ? t.value("WEEKDAY") : t.value("WEEKDAYS"));
        }
        readOrdinal(t, next != null && next.word().equals("-") && i + 2 < ts.size() ? ts.get(i + 2) : next);
        if (t.is("UNIT") && unit == null && !(prev != null && prev.is("ORD") && isPartUnit(t))) {
            unit = t.value("UNIT");
            unitWord = t.word();
        }
        if (t.word().equals("weekend") || t.word().equals("weekends")) {
            weekend = true;
        }
        if (t.is("SHIFT")) {
            shift = Integer.parseInt(t.value("SHIFT"));
            shiftTarget = target(ts, i + 1);
        }
        if (t.is("DEICTIC")) {
            deictic = t.intValue("DEICTIC");
        }
        if (t.is("PART")) {
            part = t.value("PART");
        }
        if (t.is("SEASON")) {
            season = t.value("SEASON");
        }
        readClock(t, next);
        if (t.is("DECADE")) {
            decade = t.value("DECADE");
        }
        if (t.is("AGO") && direction == 0) {
            direction = t.intValue("AGO");
        } else if (t.word().equals("from") && next != null && next.word().equals("now")) {
            direction = 1;
        }
        if (t.is("REF")) {
            ref = t.value("REF");
        }
        if (t.is("SETADV")) {
            setAdverb = t.value("SETADV");
        }
        if (t.is("EVERY") || t.word().equals("once") || t.word().equals("twice") || t.word().equals("times")) {
            every = true;
        }
        if (t.word().equals("other")) {
            other = true;
        }
        readCount(t, prev, i > 1 ? ts.get(i - 2) : null);
    }

    private void readOrdinal(TimeToken t, TimeToken next) {
        if (!t.is("ORD")) {
            return;
        }
        int n = t.intValue("ORD");
        TimeToken unitToken = next;
        if (unitToken == null || !unitToken.is("UNIT") && !unitToken.word().equals("half")) {
            return;
        }
        switch (unitToken.word()) {
            case "quarter", "quarters" -> quarter = n;
            case "half" -> half = n;
            case "century", "centuries" -> century = n;
            default -> { }
        }
    }

    private static boolean isPartUnit(TimeToken t) {
        return t.word().startsWith("quarter") || t.word().startsWith("centur");
    }

    private void readClock(TimeToken t, TimeToken next) {
        if (t.is("CLOCK")) {
            String[] hm = t.value("CLOCK").split(":");
            hour = Integer.parseInt(hm[0]);
            minute = Integer.parseInt(hm[1]);
        } else if (t.is("CLOCKWORD")) {
            String[] hm = t.value("CLOCKWORD").split(":");
            hour = Integer.parseInt(hm[0]);
            minute = Integer.parseInt(hm[1]);
        } else if (t.is("NUM") && next != null && (next.is("AMPM") || next.word().equals("o"))) {
            hour = t.intValue("NUM");
            minute = 0;
        }
        if (t.is("AMPM")) {
            ampm = t.value("AMPM");
        }
        if (t.is("TZ")) {
            utc = t.value("TZ").equals("UTC") || t.value("TZ").equals("GMT");
        }
    }

    private void readCount(TimeToken t, TimeToken prev, TimeToken prev2) {
        if (t.is("NUM")) {
            count = count == null || prev != null && prev.is("ART") ? (double) t.intValue("NUM") : count;
        } else if (t.is("NUMWORD")) {
            int n = t.intValue("NUMWORD");
            if (count == null || prev == null || !(prev.is("NUMWORD") || prev.word().equals("-"))) {
                count = count == null ? (double) n : count;
            } else {
                count = n == 100 ? count * 100 : count + n;
            }
        } else if (t.is("THOUSAND") && count != null) {
            count = count * 1000;
        } else if (t.is("ART") && count == null) {
            count = 1.0;
            articleCount = true;
        } else if (t.is("VAGUE")) {
            if (t.value("VAGUE").equals("X")) {
                vague = true;
            } else {
                count = Double.parseDouble(t.value("VAGUE"));
            }
        } else if (t.is("FRAC")) {
            count = (count == null ? 0 : count) + Double.parseDouble(t.value("FRAC"));
        } else if (t.is("HALF")) {
            boolean andAHalf = count != null && prev != null && prev.is("ART") && prev2 != null && prev2.word().equals("and");
            count = andAHalf ? count + 0.5 : count == null || prev != null && prev.is("ART") ? 0.5 : count + 0.5;
        }
    }

    private static boolean isNextToMonth(List<TimeToken> ts, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            if (ts.get(j).is("MONTH")) {
                return true;
            }
            if (!ts.get(j).word().equals(".")) {
                break;
            }
        }
        for (int j = i + 1; j < Math.min(ts.size(), i + 3); j++) {
            if (ts.get(j).is("MONTH")) {
                return true;
            }
            if (!ts.get(j).word().equals("of")) {
                break;
            }
        }
        return false;
    }

    /** The class of what a shift word applies to: UNIT:Y, MONTH, WEEKDAY, SEASON, PART, or null. */
    private static String target(List<TimeToken> ts, int from) {
        for (int j = from; j < ts.size(); j++) {
            TimeToken t = ts.get(j);
            if (t.is("UNIT")) {
                return "UNIT:" + t.value("UNIT");
            }
            for (String c : List.of("MONTH", "WEEKDAY", "SEASON", "PART")) {
                if (t.is(c)) {
                    return c;
                }
            }
        }
        return null;
    }
}
