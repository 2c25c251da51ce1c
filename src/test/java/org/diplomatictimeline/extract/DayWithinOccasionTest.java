package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act on a day the text does not name inside an occasion carries only the precision the text gives: the month
 * (or months) holding the occasion's days, its span still those days; a planned programme keeps them.
 */
class DayWithinOccasionTest {

    private static EventDate occasion(String first, String last, DatePrecision precision) {
        DateSpan span = new DateSpan(LocalDate.parse(first), LocalDate.parse(last));
        String value = precision == DatePrecision.DAY ? first : first.substring(0, 7);
        String end = precision == DatePrecision.DAY ? last : last.substring(0, 7);
        return new EventDate(value, value.equals(end) ? null : end, precision, DateModifier.NONE, DateBasis.STATED,
                span, "stated");
    }

    @ParameterizedTest(name = "{0} .. {1} ({2}), planned {3} -> {4} .. {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2031-04-14 | 2031-04-17 | DAY   | false | 2031-04    | -          | MONTH
            2031-04-29 | 2031-05-02 | DAY   | false | 2031-04    | 2031-05    | MONTH
            2031-04-14 | 2031-04-14 | DAY   | false | 2031-04-14 | -          | DAY
            2031-04-14 | 2031-04-17 | DAY   | true  | 2031-04-14 | 2031-04-17 | DAY
            2031-03-01 | 2031-05-31 | MONTH | false | 2031       | -          | YEAR
            """)
    void anActOnAnUnnamedDayOfAnOccasionShowsWhatHoldsAllItsDays(String first, String last, DatePrecision precision,
            boolean planned, String shown, String shownEnd, DatePrecision shownPrecision) {
        // given: a visit "from 14 to 17 April" and "during the visit the two signed a treaty"
        EventDate visit = occasion(first, last, precision);

        // when
        EventDate act = DayWithinOccasion.of(visit, "an act at the visit", planned);

        // then
        assertThat(act.value()).isEqualTo(shown);
        assertThat(act.endValue()).isEqualTo(shownEnd);
        assertThat(act.precision()).isEqualTo(shownPrecision);
        assertThat(act.span()).isEqualTo(visit.span());
        assertThat(act.basis()).isEqualTo(DateBasis.INFERRED);
    }

    @ParameterizedTest(name = "reported {0} -> {1} .. {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2031-04-02 | 2031-04-14 | 2031-04-17
            2031-04-13 | 2031-04-14 | 2031-04-17
            2031-04-14 | 2031-04    | -
            2031-04-20 | 2031-04    | -
            -          | 2031-04    | -
            """)
    void anOccasionStillToComeWhenReportedKeepsItsDays(String reported, String shown, String shownEnd) {
        // given: "the guest will be received with honours during her visit from 14 to 17 April", told earlier or later
        EventDate visit = occasion("2031-04-14", "2031-04-17", DatePrecision.DAY);

        // when
        EventDate act = DayWithinOccasion.of(visit, "an item of the visit", false,
                reported == null ? null : LocalDate.parse(reported));

        // then
        assertThat(act.value()).isEqualTo(shown);
        assertThat(act.endValue()).isEqualTo(shownEnd);
        assertThat(act.span()).isEqualTo(visit.span());
    }

    @ParameterizedTest(name = "{0} with {1} -> {2} .. {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2031-09-16 | P3D | 2031-09    | -       | 2031-09-14 | 2031-09-18
            2031-09-01 | P2D | 2031-08    | 2031-09 | 2031-08-31 | 2031-09-02
            2031-09-16 | P1D | 2031-09-16 | -       | 2031-09-16 | 2031-09-16
            """)
    void aDayToldDuringAVisitOfSeveralDaysIsNotItsFirst(String day, String length, String shown, String shownEnd,
            String first, String last) {
        // given: "the minister received her counterpart today during his three-day visit"
        LocalDate d = LocalDate.parse(day);
        EventDate today = new EventDate(day, null, DatePrecision.DAY, DateModifier.NONE, DateBasis.RELATIVE,
                DateSpan.ofDay(d), "'today'");
        Timex duration = new Timex(0, 9, "three-day", TimexType.DURATION, length, null, null, false);

        // when
        EventDate visit = DuringOccasion.onSomeDay(today, duration);

        // then
        assertThat(visit.value()).isEqualTo(shown);
        assertThat(visit.endValue()).isEqualTo(shownEnd);
        assertThat(visit.span().first()).hasToString(first);
        assertThat(visit.span().last()).hasToString(last);
    }
}
