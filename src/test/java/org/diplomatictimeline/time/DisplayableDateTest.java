package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayableDateTest {

    @ParameterizedTest(name = "{0} ''{1}'' -> {2} .. {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2019-05-13       | on 13 May           | 2019-05-13 | -          | DAY   | 2019-05-13 | 2019-05-13
            2019-05-13TMO    | Monday morning      | 2019-05-13 | -          | DAY   | 2019-05-13 | 2019-05-13
            2019-05-13T17:52 | 13 May 17:52        | 2019-05-13 | -          | DAY   | 2019-05-13 | 2019-05-13
            2019-05          | May 2019            | 2019-05    | -          | MONTH | 2019-05-01 | 2019-05-31
            2019             | 2019                | 2019       | -          | YEAR  | 2019-01-01 | 2019-12-31
            2023-SP          | spring 2023         | 2023-03    | 2023-05    | MONTH | 2023-03-01 | 2023-05-31
            2022-WI          | last winter         | 2022-12    | 2023-02    | MONTH | 2022-12-01 | 2023-02-28
            2019-Q2          | the second quarter  | 2019-04    | 2019-06    | MONTH | 2019-04-01 | 2019-06-30
            2019-H2          | the second half     | 2019-07    | 2019-12    | MONTH | 2019-07-01 | 2019-12-31
            2019-W23         | last week           | 2019-06-03 | 2019-06-09 | DAY   | 2019-06-03 | 2019-06-09
            2019-W23-WE      | the weekend         | 2019-06-08 | 2019-06-09 | DAY   | 2019-06-08 | 2019-06-09
            2019-W23-3       | Wednesday           | 2019-06-05 | -          | DAY   | 2019-06-05 | 2019-06-05
            199X             | the 1990s           | 1990       | 1999       | YEAR  | 1990-01-01 | 1999-12-31
            199X             | the '90s            | 1990       | 1999       | YEAR  | 1990-01-01 | 1999-12-31
            201X             | the last decade     | 2010       | 2019       | YEAR  | 2010-01-01 | 2019-12-31
            19               | the 20th century    | 1900       | 1999       | YEAR  | 1900-01-01 | 1999-12-31
            199X             | in den 90er Jahren  | 1990       | 1999       | YEAR  | 1990-01-01 | 1999-12-31
            """)
    void timexValuesBecomeDaysMonthsOrYears(String value, String text, String shown, String shownEnd,
            DatePrecision precision, String first, String last) {
        DisplayableDate d = DisplayableDate.of(value, text).orElseThrow();

        assertThat(d.value()).isEqualTo(shown);
        assertThat(d.endValue()).isEqualTo(shownEnd);
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.span().first()).hasToString(first);
        assertThat(d.span().last()).hasToString(last);
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            201  | 201 delegates
            19   | 19
            PRESENT_REF | now
            P2D  | two days
            XXXX-05-13 | 13 May
            """)
    void valuesWithoutACalendarPositionTheTextMeansAreNotShown(String value, String text) {
        assertThat(DisplayableDate.of(value, text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            from 12 to 14 May      | 2019-05-12 | 2019-05-14 | 2019-05-12 | 2019-05-14
            spring to autumn 2019  | 2019-SP    | 2019-FA    | 2019-03    | 2019-11
            May to June 2019       | 2019-05    | 2019-06    | 2019-05    | 2019-06
            """)
    void rangesWrittenAsOneExpressionStayRanges(String text, String value, String endValue, String shown,
            String shownEnd) {
        Timex t = new Timex(0, text.length(), text, TimexType.DATE, value, null, endValue, false);

        Optional<DisplayableDate> d = DisplayableDate.of(t);

        assertThat(d).isPresent();
        assertThat(d.get().value()).isEqualTo(shown);
        assertThat(d.get().endValue()).isEqualTo(shownEnd);
        assertThat(d.get().isRange()).isTrue();
    }

    @ParameterizedTest(name = "{0} .. {1} in {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2016-10-18 | 2016-10-21 | MONTH | 2016-10 | -
            2016-10-30 | 2016-11-02 | MONTH | 2016-10 | 2016-11
            2024-03-01 | 2024-05-31 | YEAR  | 2024    | -
            2024-12-20 | 2025-01-10 | YEAR  | 2024    | 2025
            """)
    void aSpanIsHeldByTheMonthOrYearAroundAllItsDays(String first, String last, DatePrecision unit, String shown,
            String shownEnd) {
        DateSpan span = new DateSpan(LocalDate.parse(first), LocalDate.parse(last));

        DisplayableDate d = DisplayableDate.holding(span, unit);

        assertThat(d.value()).isEqualTo(shown);
        assertThat(d.endValue()).isEqualTo(shownEnd);
        assertThat(d.precision()).isEqualTo(unit);
        assertThat(d.span()).isEqualTo(span);
    }
}
