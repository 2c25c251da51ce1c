package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;
import org.junit.jupiter.api.Test;

class DocumentDateChooserTest {

    private final DocumentDateChooser chooser = new DocumentDateChooser();

    private static DateCandidate day(String date, Signal signal, double confidence) {
        return new DateCandidate(LocalDate.parse(date), DatePrecision.DAY, signal, confidence, signal + " " + date);
    }

    private static DateCandidate month(String date, Signal signal, double confidence) {
        return new DateCandidate(LocalDate.parse(date + "-01"), DatePrecision.MONTH, signal, confidence, "month");
    }

    @Test
    void yearlessDatelineTakesTheYearOfANearbyStampAndWins() {
        // Filed on 4 July, posted after midnight on 5 July.
        Optional<DateCandidate> chosen = chooser.choose(List.of(day("2015-07-05", Signal.BYLINE, 0.8)),
                List.of(new PartialDate(7, 4, Signal.DATELINE, "Oslo, July 4")), List.of(), WeekdayCheck.of(),
                Optional.empty());

        assertThat(chosen).get().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2015-07-04");
            assertThat(c.signal()).isEqualTo(Signal.DATELINE);
        });
    }

    @Test
    void yearlessDatelineTakesTheYearOfAnAddressMonthThatAgrees() {
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2017-11", Signal.ADDRESS, 0.3)),
                List.of(new PartialDate(11, 20, Signal.DATELINE, "November 20 (Wire)")), List.of(),
                WeekdayCheck.of(), Optional.empty());

        assertThat(chosen).get().satisfies(c -> assertThat(c.value()).isEqualTo("2017-11-20"));
    }

    @Test
    void yearlessDatelineWithNothingElseTakesTheFirstYearItsWeekdayFits() {
        Optional<DateCandidate> chosen = chooser.choose(List.of(),
                List.of(new PartialDate(3, 3, Signal.DATELINE, "Minsk. 3 March.")), List.of(),
                WeekdayCheck.of(DayOfWeek.TUESDAY), Optional.of(2018));

        assertThat(chosen).get().satisfies(c -> assertThat(c.value()).isEqualTo("2020-03-03"));
    }

    @Test
    void addressDateBeatsAHeaderLineThatDisagrees() {
        Optional<DateCandidate> chosen = chooser.choose(List.of(day("2019-03-02", Signal.HEADER_LINE, 0.8),
                day("2019-02-03", Signal.ADDRESS, 0.85)), List.of(), List.of(), WeekdayCheck.of(), Optional.empty());

        assertThat(chosen).get().satisfies(c -> assertThat(c.signal()).isEqualTo(Signal.ADDRESS));
    }

    @Test
    void headerLineAloneIsKept() {
        Optional<DateCandidate> chosen = chooser.choose(List.of(day("2019-03-02", Signal.HEADER_LINE, 0.8)),
                List.of(), List.of(), WeekdayCheck.of(), Optional.empty());

        assertThat(chosen).get().satisfies(c -> assertThat(c.value()).isEqualTo("2019-03-02"));
    }

    @Test
    void monthOnlyReadingIsMadeADayByTheOnlyNamedDayOnANamedWeekday() {
        // "this Friday" and "Quito, 8 March": 8 March 2019 was a Friday.
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2019-03", Signal.HEADER_LINE, 0.8)),
                List.of(), List.of(new PartialDate(3, 8, Signal.WEEKDAY_DATE, "8 March"),
                        new PartialDate(4, 2, Signal.WEEKDAY_DATE, "2 April")),
                WeekdayCheck.of(DayOfWeek.FRIDAY), Optional.empty());

        assertThat(chosen).get().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2019-03-08");
            assertThat(c.precision()).isEqualTo(DatePrecision.DAY);
        });
    }

    @Test
    void monthOnlyReadingIsMadeADayByTheWeekdayOfWritingWrittenWithItsDay() {
        // "nesta sexta-feira (14)" on a page dated only March 2031, where the 14th is a Friday
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2031-03", Signal.HEADER_LINE, 0.8)), List.of(),
                List.of(), List.of(numbered(DayOfWeek.TUESDAY, 11, false), numbered(DayOfWeek.FRIDAY, 14, true)),
                WeekdayCheck.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), Optional.empty());

        assertThat(chosen).get().satisfies(c -> {
            assertThat(c.value()).isEqualTo("2031-03-14");
            assertThat(c.signal()).isEqualTo(Signal.WEEKDAY_DATE);
        });
    }

    @Test
    void monthOnlyReadingStaysAMonthWhenTheWeekdayOfWritingDoesNotFitItsDay() {
        // the 13th of March 2031 is a Thursday, not a Friday: the page's month and the day disagree
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2031-03", Signal.HEADER_LINE, 0.8)), List.of(),
                List.of(), List.of(numbered(DayOfWeek.FRIDAY, 13, true)), WeekdayCheck.of(DayOfWeek.FRIDAY),
                Optional.empty());

        assertThat(chosen).get().extracting(DateCandidate::value).isEqualTo("2031-03");
    }

    @Test
    void anEmbeddedPostGivesWayToTheWeekdayOfWritingWrittenWithItsDay() {
        // a quoted post of Thursday 13 March 2031 on a page of March 2031 that says "this Friday (14)"
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2031-03", Signal.HEADER_LINE, 0.8),
                        day("2031-03-13", Signal.EMBEDDED_POST, 0.5)), List.of(), List.of(),
                List.of(numbered(DayOfWeek.FRIDAY, 14, true)), WeekdayCheck.of(DayOfWeek.FRIDAY), Optional.empty());

        assertThat(chosen).get().extracting(DateCandidate::value).isEqualTo("2031-03-14");
    }

    @Test
    void anEmbeddedPostStaysTheDayWhenNoWeekdayOfWritingFits() {
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2031-03", Signal.HEADER_LINE, 0.8),
                        day("2031-03-13", Signal.EMBEDDED_POST, 0.5)), List.of(), List.of(),
                List.of(numbered(DayOfWeek.FRIDAY, 14, false)), WeekdayCheck.of(DayOfWeek.FRIDAY), Optional.empty());

        assertThat(chosen).get().extracting(DateCandidate::value).isEqualTo("2031-03-13");
    }

    private static WeekdayNumbers.WeekdayNumber numbered(DayOfWeek weekday, int day, boolean thisWeek) {
        return new WeekdayNumbers.WeekdayNumber(weekday, day, thisWeek, weekday + " " + day);
    }

    @Test
    void monthOnlyReadingStaysAMonthWhenNoDayFits() {
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2019-03", Signal.HEADER_LINE, 0.8)),
                List.of(), List.of(new PartialDate(3, 9, Signal.WEEKDAY_DATE, "9 March")),
                WeekdayCheck.of(DayOfWeek.FRIDAY), Optional.empty());

        assertThat(chosen).get().satisfies(c -> assertThat(c.value()).isEqualTo("2019-03"));
    }

    @Test
    void nothingToGoOnGivesNoDate() {
        assertThat(chooser.choose(List.of(), List.of(new PartialDate(3, 3, Signal.DATELINE, "Minsk. 3 March.")),
                List.of(), WeekdayCheck.of(), Optional.empty())).isEmpty();
    }

    @Test
    void weakDayOutsideAMoreTrustedMonthIsNotChosen() {
        // A header that says December and a weekday-marked "Sunday, 1 January" the text looks ahead to.
        Optional<DateCandidate> chosen = chooser.choose(List.of(month("2022-12", Signal.HEADER_LINE, 0.8),
                day("2023-01-01", Signal.WEEKDAY_DATE, 0.55)), List.of(), List.of(), WeekdayCheck.of(),
                Optional.empty());

        assertThat(chosen).get().satisfies(c -> assertThat(c.value()).isEqualTo("2022-12"));
    }

    @Test
    void aDayOfWritingPhraseTakesNoYearFromAHistoricalYearTheTextNames() {
        // "oggi 28 gennaio ... morto nel 1962": 1962 is the text's history, not its year
        Optional<DateCandidate> chosen = chooser.choose(List.of(),
                List.of(new PartialDate(1, 28, Signal.TODAY_PHRASE, "oggi 28 gennaio")), List.of(),
                WeekdayCheck.of(DayOfWeek.MONDAY), Optional.of(1962));

        assertThat(chosen).isEmpty();
    }

    @Test
    void aDayOfWritingPhraseTakesTheYearOfAStampNearIt() {
        Optional<DateCandidate> chosen = chooser.choose(List.of(day("2024-01-29", Signal.BYLINE, 0.8)),
                List.of(new PartialDate(1, 28, Signal.TODAY_PHRASE, "oggi 28 gennaio")), List.of(),
                WeekdayCheck.of(), Optional.empty());

        assertThat(chosen).get().satisfies(c -> assertThat(c.value()).isEqualTo("2024-01-28"));
    }
}
