package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.junit.jupiter.api.Test;

class OfficeYearDatingTest {

    private static final OfficeSpan SPRING_2016_TO_AUTUMN_2017 =
            new OfficeSpan(YearMonth.of(2016, 4), YearMonth.of(2017, 10), "two ministers in office");

    private static PartialDate day(int month, int day) {
        return new PartialDate(month, day, Signal.WEEKDAY_DATE, month + "/" + day);
    }

    @Test
    void theYearlessDaysATextNamesFitOnlyOneYearOfTheSpan() {
        // 3 February lies in the span only in 2017, 20 December only in 2016: together no year, alone one each
        assertThat(OfficeYearDating.yearOf(List.of(day(2, 3)), SPRING_2016_TO_AUTUMN_2017)).contains(2017);
        assertThat(OfficeYearDating.yearOf(List.of(day(12, 20)), SPRING_2016_TO_AUTUMN_2017)).contains(2016);
        assertThat(OfficeYearDating.yearOf(List.of(day(2, 3), day(12, 20)), SPRING_2016_TO_AUTUMN_2017)).isEmpty();
    }

    @Test
    void aDayThatFitsEveryYearOfTheSpanLeavesTheYearOpen() {
        assertThat(OfficeYearDating.yearOf(List.of(day(6, 15)), SPRING_2016_TO_AUTUMN_2017)).isEmpty();
    }

    @Test
    void aDayWrittenWithItsWeekdaySettlesTheYearTheSpanLeavesOpen() {
        // "ce jeudi 15 juin": 15 June lies in the span in 2016 and 2017, but is a Thursday only in 2017
        List<WrittenDates.WeekdayDay> thursday = List.of(new WrittenDates.WeekdayDay(day(6, 15), DayOfWeek.THURSDAY,
                true));
        List<WrittenDates.WeekdayDay> monday = List.of(new WrittenDates.WeekdayDay(day(6, 15), DayOfWeek.MONDAY,
                true));

        assertThat(OfficeYearDating.yearOf(List.of(day(6, 15)), thursday, SPRING_2016_TO_AUTUMN_2017)).contains(2017);
        assertThat(OfficeYearDating.yearOf(List.of(day(6, 15)), monday, SPRING_2016_TO_AUTUMN_2017)).isEmpty();
    }

    @Test
    void aSpanWithinOneYearIsThatYearEvenWithoutDays() {
        OfficeSpan span = new OfficeSpan(YearMonth.of(2012, 3), YearMonth.of(2012, 9), "one summer");

        assertThat(OfficeYearDating.yearOf(List.of(), span)).contains(2012);
    }

    @Test
    void theDayOfWritingTakesTheOnlyYearOfTheSpanWhoseWeekdaysFit() {
        // "today 14 March, tomorrow Saturday 15": 15 March is a Saturday in 2025, the first such year from 2017
        TodayDates.Readings today = new TodayDates.Readings(List.of(),
                List.of(new PartialDate(3, 14, Signal.TODAY_PHRASE, "today 14 March")),
                List.of(new WrittenDates.WeekdayDay(new PartialDate(3, 15, Signal.TODAY_PHRASE, "15"),
                        DayOfWeek.SATURDAY, false)));
        OfficeSpan span = new OfficeSpan(YearMonth.of(2017, 5), OfficeSpan.OPEN, "a president");

        DateCandidate c = OfficeYearDating.today(today, span).orElseThrow();

        assertThat(c.value()).isEqualTo("2025-03-14");
        assertThat(c.reason()).contains("a president");
    }

    @Test
    void aDayOfWritingWhoseWeekdayFitsSeveralYearsOfTheSpanStaysUndated() {
        // "today, Thursday (19 March)": 19 March is a Thursday in 2009 and in 2015, both within a 2006-2019 term
        TodayDates.Readings today = new TodayDates.Readings(List.of(),
                List.of(new PartialDate(3, 19, Signal.TODAY_PHRASE, "today, Thursday (19 March)")),
                List.of(new WrittenDates.WeekdayDay(new PartialDate(3, 19, Signal.TODAY_PHRASE, "19 March"),
                        DayOfWeek.THURSDAY, true)));
        OfficeSpan span = new OfficeSpan(YearMonth.of(2006, 2), YearMonth.of(2019, 8), "a chancellor");

        assertThat(OfficeYearDating.today(today, span)).isEmpty();
    }

    @Test
    void withoutAWeekdayTheDayOfWritingStaysUndated() {
        TodayDates.Readings today = new TodayDates.Readings(List.of(),
                List.of(new PartialDate(3, 14, Signal.TODAY_PHRASE, "today 14 March")));
        OfficeSpan span = new OfficeSpan(YearMonth.of(2017, 5), OfficeSpan.OPEN, "a president");

        assertThat(OfficeYearDating.today(today, span)).isEmpty();
    }
}
