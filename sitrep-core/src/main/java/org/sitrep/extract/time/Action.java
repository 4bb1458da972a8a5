package org.sitrep.extract.time;

/** How a matched expression is normalised (the ACTION column of the pattern table). */
enum Action {
    /** A calendar point: absolute, relative to the anchor (last year), or by tense (Friday). */
    POINT,
    /** A unit counted from the point the text named last: the following year, later that day. */
    ANAPHOR,
    /** A count of units before or after the anchor: 75 years ago, a year earlier. */
    AGO,
    /** A length of time: four years, the past two months. */
    DURATION,
    /** A recurrence: every week, daily, on Mondays. */
    SET,
    /** A reference word: now, recently, the future (value from the lexicon or the rule). */
    REF,
    /** A named holiday: Thanksgiving, last Christmas, Easter 1998 (dates from holidays.tsv). */
    HOLIDAY,
    /** A year's reported period: the 1988 quarter, the 1989 period. */
    REPORTED,
    /** A year range: 1950-1953 (a duration with begin and end points). */
    RANGE
}
