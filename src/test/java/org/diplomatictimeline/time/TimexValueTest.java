package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValueTest {

    @ParameterizedTest(name = "{0} -> {1} {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-06-05        | DAY       | 2019-06-05 | 2019-06-05
            2019-06-05T17:52  | DAY       | 2019-06-05 | 2019-06-05
            2019-06-05TMO     | DAY       | 2019-06-05 | 2019-06-05
            2019-06           | MONTH     | 2019-06-01 | 2019-06-30
            2019-02           | MONTH     | 2019-02-01 | 2019-02-28
            2019              | YEAR      | 2019-01-01 | 2019-12-31
            2019-W23          | WEEK      | 2019-06-03 | 2019-06-09
            2019-W23-WE       | WEEK      | 2019-06-08 | 2019-06-09
            2019-W23-3        | DAY       | 2019-06-05 | 2019-06-05
            2020-W01          | WEEK      | 2019-12-30 | 2020-01-05
            2019-SU           | SEASON    | 2019-06-01 | 2019-08-31
            2019-WI           | SEASON    | 2019-12-01 | 2020-02-29
            2019-Q2           | QUARTER   | 2019-04-01 | 2019-06-30
            2019-H1           | HALF_YEAR | 2019-01-01 | 2019-06-30
            201X              | DECADE    | 2010-01-01 | 2019-12-31
            199               | DECADE    | 1990-01-01 | 1999-12-31
            19                | CENTURY   | 1900-01-01 | 1999-12-31
            """)
    void valuesBecomePrecisionAndSpan(String value, DatePrecision precision, String first, String last) {
        TimexValue v = TimexValue.parse(value).orElseThrow();

        assertThat(v.precision()).isEqualTo(precision);
        assertThat(v.span().first()).isEqualTo(LocalDate.parse(first));
        assertThat(v.span().last()).isEqualTo(LocalDate.parse(last));
    }

    @Test
    void rangeCoversFromItsValueToItsEndValue() {
        Timex range = new Timex(0, 8, "June 5-7", TimexType.DATE, "2019-06-05", null, "2019-06-07", true);

        TimexValue v = TimexValue.of(range).orElseThrow();

        assertThat(v.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(v.span()).isEqualTo(new DateSpan(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 7)));
    }

    @Test
    void expressionWithoutCalendarValueHasNoSpan() {
        Timex later = new Timex(0, 4, "soon", TimexType.DATE, "FUTURE_REF", null, null, true);

        assertThat(TimexValue.of(later)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-05-13", "XXXX-WXX-4", "P2D", "PXY", "",
        "2019-13", "2019-02-30", "2019-W60", "hello"})
    void nonCalendarValuesAreEmpty(String value) {
        assertThat(TimexValue.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-06-05", " 2019-06 ", "2019-W23-WE", "2019-02-30", "PAST_REF"})
    void valueReadAgainGivesTheSameReading(String value) {
        assertThat(TimexValue.parse(value)).isEqualTo(TimexValue.parse(value.strip()));
        assertThat(TimexValue.parse(value)).isEqualTo(TimexValue.parse(value));
    }
}
