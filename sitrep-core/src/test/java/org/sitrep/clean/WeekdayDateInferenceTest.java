package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekdayDateInferenceTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @Test
    void readsOneCopyrightYear() {
        assertThat(WeekdayDateInference.copyrightYear("text\n\u00a92019 Example L.P.")).isEqualTo(2019);
        assertThat(WeekdayDateInference.copyrightYear("Copyright 2008-2020 Example")).isEqualTo(2020);
        assertThat(WeekdayDateInference.copyrightYear("(c) 2017 A\n\u00a9 2018 B")).isNull();
        assertThat(WeekdayDateInference.copyrightYear("no notice")).isNull();
    }

    @Test
    void pastMentionsFixTheWeekdayFutureOnesExcludeIt() {
        // past: Monday, Wednesday -> Wednesday is the most recent consistent weekday
        assertThat(WeekdayDateInference.publicationWeekday("They met on Monday. Talks ended Wednesday."))
                .isEqualTo(DayOfWeek.WEDNESDAY);
        // a future Thursday mention does not move it; "last Tuesday" is past
        assertThat(WeekdayDateInference.publicationWeekday("She arrived Tuesday. She will leave on Thursday."))
                .isEqualTo(DayOfWeek.TUESDAY);
        assertThat(WeekdayDateInference.publicationWeekday("He is expected to speak on Friday.")).isNull();
        assertThat(WeekdayDateInference.publicationWeekday("The market is closed on Sundays.")).isNull();
        // a weekday written with a full date is not a relative mention
        assertThat(WeekdayDateInference.publicationWeekday("It opened on Monday, March 4 in Paris.")).isNull();
    }

    @Test
    void picksTheLatestConsistentDateOfTheYear() {
        LocalDate d = WeekdayDateInference.infer("Body.\n\u00a92021 Example", "They met on Monday. Talks ended Wednesday.", TODAY);
        assertThat(d).isEqualTo(LocalDate.of(2021, 12, 29));
        assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        // in the current year, not after today
        LocalDate now = WeekdayDateInference.infer("\u00a92024 Example", "It ended Friday.", TODAY);
        assertThat(now).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(WeekdayDateInference.infer("\u00a92025 Example", "It ended Friday.", TODAY)).isNull();
        assertThat(WeekdayDateInference.infer("no year", "It ended Friday.", TODAY)).isNull();
    }

    @Test
    void findsTheYearOfADatelineDayFromTheWeekday() {
        // March 3 fell on a Friday in 2023 (and in 2017); the most recent such year not after today wins
        assertThat(WeekdayDateInference.yearOf(3, 3, "The storm hit on Friday.", TODAY)).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(WeekdayDateInference.yearOf(3, 3, "No weekday here.", TODAY)).isNull();
        // not after today: July 5 on a Friday is 2024-07-05, after 2024-06-30, so 2019 it is
        assertThat(WeekdayDateInference.yearOf(7, 5, "It ended Friday.", TODAY)).isEqualTo(LocalDate.of(2019, 7, 5));
    }
}
