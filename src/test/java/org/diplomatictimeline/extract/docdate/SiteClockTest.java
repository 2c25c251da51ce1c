package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteClockTest {

    private static WrittenDates.WeekdayDay day(int month, int day, DayOfWeek weekday, String text) {
        return new WrittenDates.WeekdayDay(new PartialDate(month, day, DateCandidate.Signal.WEEKDAY_DATE, text),
                weekday, false);
    }

    @Test
    void aStampWhoseYearNoWeekdayDayFitsIsThePagesClock() {
        // 10 June 2022 was a Friday; 10 June 2025 is a Tuesday
        List<WrittenDates.WeekdayDay> days = List.of(day(6, 10, DayOfWeek.FRIDAY, "Friday, June 10"));

        assertThat(SiteClock.contradiction(LocalDate.of(2025, 6, 2), days, Set.of(2022, 2025)))
                .hasValueSatisfying(why -> assertThat(why).contains("June 10").contains("page's clock"));
    }

    @Test
    void aStampNearAWeekdayDayThatFitsItStands() {
        List<WrittenDates.WeekdayDay> days = List.of(day(6, 10, DayOfWeek.FRIDAY, "Friday, June 10"));

        assertThat(SiteClock.contradiction(LocalDate.of(2022, 6, 7), days, Set.of(2022, 2019))).isEmpty();
    }

    @Test
    void oneFittingDayOutweighsAnotherThatDoesNot() {
        // a text may misname one weekday; the stamp stands while any day written so fits it
        List<WrittenDates.WeekdayDay> days = List.of(day(6, 10, DayOfWeek.FRIDAY, "Friday, June 10"),
                day(6, 13, DayOfWeek.FRIDAY, "Friday, June 13"));

        assertThat(SiteClock.contradiction(LocalDate.of(2025, 6, 2), days, Set.of(2022))).isEmpty();
    }

    @Test
    void withoutAYearOfItsOwnThatFitsTheTextDoesNotOverruleTheStamp() {
        List<WrittenDates.WeekdayDay> days = List.of(day(6, 10, DayOfWeek.FRIDAY, "Friday, June 10"));

        assertThat(SiteClock.contradiction(LocalDate.of(2025, 6, 2), days, Set.of(2025, 2019))).isEmpty();
        assertThat(SiteClock.contradiction(LocalDate.of(2025, 6, 2), List.of(), Set.of(2022))).isEmpty();
    }

    @Test
    void daysThatFitDifferentYearsDoNotOverruleTheStamp() {
        // 10 June is a Friday in 2022, 14 June a Wednesday in 2023: no one year of the text fits both
        List<WrittenDates.WeekdayDay> days = List.of(day(6, 10, DayOfWeek.FRIDAY, "Friday, June 10"),
                day(6, 14, DayOfWeek.WEDNESDAY, "Wednesday, June 14"));

        assertThat(SiteClock.contradiction(LocalDate.of(2025, 1, 20), days, Set.of(2022, 2023))).isEmpty();
    }
}
