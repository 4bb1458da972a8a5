package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The holiday table's rules against dates checked on a calendar. */
class HolidaysTest {
    private final Holidays holidays = Holidays.defaults();

    @Test
    void computesWesternEaster() {
        assertThat(Holidays.easter(1998)).isEqualTo(LocalDate.of(1998, 4, 12));
        assertThat(Holidays.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Holidays.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(Holidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void appliesNthWeekdayAndOffsetRules() {
        assertThat(holidays.date(holidays.rule("thanksgiving"), 1999)).isEqualTo(LocalDate.of(1999, 11, 25));
        assertThat(holidays.date(holidays.rule("election day"), 1998)).isEqualTo(LocalDate.of(1998, 11, 3));
        assertThat(holidays.date(holidays.rule("election day"), 2020)).isEqualTo(LocalDate.of(2020, 11, 3));
        assertThat(holidays.date(holidays.rule("memorial day"), 2021)).isEqualTo(LocalDate.of(2021, 5, 31));
        assertThat(holidays.date(holidays.rule("good friday"), 2000)).isEqualTo(LocalDate.of(2000, 4, 21));
        assertThat(holidays.date(holidays.rule("christmas"), 2023)).isEqualTo(LocalDate.of(2023, 12, 25));
    }

    @Test
    void knowsOnlyListedNames() {
        assertThat(holidays.rule("easter week")).isNull();
    }
}
