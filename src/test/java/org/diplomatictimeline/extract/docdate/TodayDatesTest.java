package org.diplomatictimeline.extract.docdate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TodayDatesTest {

    private final TodayDates today = new TodayDates(DateWords.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hoy, 5 de marzo de 2024, el canciller viajó a Lima.|2024-03-05",
        "The summit opens tomorrow, Friday 19-5-2023, in the capital.|2023-05-18",
        "Yesterday, 2 June 2021, the envoys met in Doha.|2021-06-03",
        "Le ministre est arrivé aujourd'hui 4 avril 2019 à Dakar.|2019-04-04",
        "يصل الوزير إلى القاهرة غدًا الأحد 12-3-2017 في زيارة رسمية.|2017-03-11",
        "قال المتحدث اليوم الأربعاء (11 مارس/آذار 2020) إن المحادثات مستمرة.|2020-03-11",
        "قال المتحدث اليوم الثلاثاء (10 ديسمبر/كانون الأول 2019) إن المحادثات مستمرة.|2019-12-10"})
    void aDayWordBeforeAFullDateGivesTheDayOfWriting(String text, String expected) {
        TodayDates.Readings r = today.read(text, 0);

        assertThat(r.days()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(expected));
    }

    @Test
    void aDayWordBeforeAYearlessDayGivesAYearlessDayOfWriting() {
        TodayDates.Readings r = today.read("ROMA - Si apre oggi 28 gennaio, per chiudersi domani, il vertice.", 0);

        assertThat(r.days()).isEmpty();
        assertThat(r.partials()).singleElement().satisfies(p -> {
            assertThat(p.month()).isEqualTo(1);
            assertThat(p.day()).isEqualTo(28);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PARIGI - Oggi 14 marzo, e domani sabato 15, i ministri discutono di commercio.|3|15|SATURDAY",
        "MADRID - Hoy 3 de octubre y mañana viernes 4, los cancilleres se reúnen.|10|4|FRIDAY",
        "Les négociateurs arrivent aujourd'hui mardi 9 septembre à Genève.|9|9|TUESDAY"})
    void aWeekdayBesideTheDayOfWritingOrTheNextIsKept(String text, int month, int day, String weekday) {
        TodayDates.Readings r = today.read(text, 0);

        assertThat(r.weekdayDays()).singleElement().satisfies(w -> {
            assertThat(w.day().month()).isEqualTo(month);
            assertThat(w.day().day()).isEqualTo(day);
            assertThat(w.weekday()).hasToString(weekday);
        });
    }

    @Test
    void aBareDayNumberThatIsNotTheDayTheWordNamesIsNoWeekdayDay() {
        TodayDates.Readings r = today.read("Oggi 14 marzo, e domani sabato 22 delegati arrivano a Bari.", 0);

        assertThat(r.weekdayDays()).isEmpty();
    }

    @Test
    void tomorrowOnTheFirstOfAMonthMovesTheDayIntoThePreviousMonth() {
        TodayDates.Readings r = today.read("Los cancilleres firmarán mañana, 1 de marzo, el acuerdo.", 0);

        assertThat(r.partials()).singleElement().satisfies(p -> {
            assertThat(p.month()).isEqualTo(2);
            assertThat(p.day()).isEqualTo(29);
        });
    }

    @Test
    void datesNotRightAfterTheDayWordOrBelowTheOpeningAreIgnored() {
        String filler = "The talks went on. ".repeat(30);
        TodayDates.Readings r = today.read("Today the ministers, who have met since 1 December 2022, spoke. "
                + filler + "Today, 9 May 2024, they met again.", 0);

        assertThat(r.days()).isEmpty();
        assertThat(r.partials()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jakarta: Menteri itu siang ini (14/9) bertolak ke Manila.|9|14",
        "Jakarta: Presiden pagi ini (3/2) menerima duta besar.|2|3",
        "Hari ini (9/25) menteri tiba di Bangkok.|9|25"})
    void aDayWordBeforeADayAndMonthInFiguresGivesAYearlessDayOfWriting(String text, int month, int day) {
        TodayDates.Readings r = today.read(text, 0);

        assertThat(r.partials()).singleElement().satisfies(p -> {
            assertThat(p.month()).isEqualTo(month);
            assertThat(p.day()).isEqualTo(day);
        });
    }
}
