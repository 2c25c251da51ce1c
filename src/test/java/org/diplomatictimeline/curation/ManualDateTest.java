package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day typed by the analyst with a precision becomes the TIMEX3 value and the days it covers. */
class ManualDateTest {

    @ParameterizedTest(name = "{0} at {1} -> {2} [{3}..{4}]")
    @CsvSource({
            "2019-06-05, DAY,       2019-06-05, 2019-06-05, 2019-06-05",
            "2019-06-05, WEEK,      2019-W23,   2019-06-03, 2019-06-09",
            "2019-06-05, MONTH,     2019-06,    2019-06-01, 2019-06-30",
            "2019-06-05, SEASON,    2019-SU,    2019-06-01, 2019-08-31",
            "2019-01-15, SEASON,    2018-WI,    2018-12-01, 2019-02-28",
            "2019-06-05, QUARTER,   2019-Q2,    2019-04-01, 2019-06-30",
            "2019-06-05, HALF_YEAR, 2019-H1,    2019-01-01, 2019-06-30",
            "2019-06-05, YEAR,      2019,       2019-01-01, 2019-12-31",
            "2019-06-05, DECADE,    201,        2010-01-01, 2019-12-31",
            "2019-06-05, CENTURY,   20,         2000-01-01, 2099-12-31",
    })
    void dayAndPrecisionGiveValueAndSpan(LocalDate day, DatePrecision precision, String value, LocalDate first,
                                         LocalDate last) {
        EventDate date = ManualDate.of(day, precision);
        assertThat(date.value()).isEqualTo(value);
        assertThat(date.span().first()).isEqualTo(first);
        assertThat(date.span().last()).isEqualTo(last);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.basis()).isEqualTo(DateBasis.STATED);
        assertThat(date.reason()).isEqualTo(ManualDate.REASON);
    }
}
