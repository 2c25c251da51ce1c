package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;
import org.junit.jupiter.api.Test;

class WeekdayYearTest {

    /** "Wednesday, 11 October": a Wednesday in 2017 and 2023, nowhere in between. */
    private static final List<WrittenDates.WeekdayDay> WEDNESDAY_11_OCTOBER = List.of(new WrittenDates.WeekdayDay(
            new PartialDate(10, 11, Signal.WEEKDAY_DATE, "Wednesday, 11 October"), DayOfWeek.WEDNESDAY, false));

    private static OfficeSpan span(int fromYear, int toYear) {
        return new OfficeSpan(YearMonth.of(fromYear, 3), YearMonth.of(toYear, 6), "two envoys in office");
    }

    @Test
    void theOneYearOfTheOfficeSpanInWhichTheDayFallsOnItsWeekdayIsTheTextsYear() {
        Optional<DateCandidate> year = WeekdayYear.settle(WEDNESDAY_11_OCTOBER, List.of(),
                Optional.of(span(2015, 2020)), OptionalInt.empty());

        assertThat(year).isPresent();
        assertThat(year.get().date()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(year.get().precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void aSpanHoldingTwoFittingYearsLeavesTheYearOpen() {
        assertThat(WeekdayYear.settle(WEDNESDAY_11_OCTOBER, List.of(), Optional.of(span(2015, 2024)),
                OptionalInt.empty())).isEmpty();
    }

    @Test
    void aClueYearInWhichTheDayFallsOnItsWeekdaySettlesItWithoutOfficeHolders() {
        Optional<DateCandidate> year = WeekdayYear.settle(WEDNESDAY_11_OCTOBER,
                List.of(new WeekdayYear.Clue(2022, "a clue that does not fit"), new WeekdayYear.Clue(2023,
                        "the 78th session")), Optional.empty(), OptionalInt.empty());

        assertThat(year).map(c -> c.date().getYear()).contains(2023);
    }

    @Test
    void noYearBeforeOneTheTextTellsAsPastIsTaken() {
        // the article tells of 2019 as past: 2017, the span's only fitting year, cannot be the year of writing
        assertThat(WeekdayYear.settle(WEDNESDAY_11_OCTOBER, List.of(), Optional.of(span(2015, 2020)),
                OptionalInt.of(2019))).isEmpty();
    }

    @Test
    void aTextWithoutDaysWrittenWithTheirWeekdayGetsNoYearFromThem() {
        assertThat(WeekdayYear.settle(List.of(), List.of(new WeekdayYear.Clue(2023, "a session")),
                Optional.of(span(2015, 2020)), OptionalInt.empty())).isEmpty();
    }
}
