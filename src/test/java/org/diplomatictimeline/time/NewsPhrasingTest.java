package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.TAGGER;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrasings met in real news reports, beyond the textbook forms. */
class NewsPhrasingTest {

    @ParameterizedTest(name = "{1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Exports fell in the first quarter of last year.          | the first quarter of last year  | DATE     | 2018-Q1
            Exports rose in the third quarter of this year.          | the third quarter of this year  | DATE     | 2019-Q3
            Exports fell in the fourth quarter, the bureau said.     | the fourth quarter              | DATE     | 2018-Q4
            Trade has doubled over the past decade.                  | the past decade                 | DURATION | P10Y
            The index fell for six straight days.                    | six straight days               | DURATION | P6D
            Growth slowed for two consecutive quarters.              | two consecutive quarters        | DURATION | P2Q
            The plant builds 200 engines a year.                     | a year                          | SET      | P1Y
            The commission meets twice a month.                      | a month                         | SET      | P1M
            Imports reached 5 million tonnes per year.               | per year                        | SET      | P1Y
            The car was popular in the 70s and 80s.                  | 80s                             | DATE     | 198X
            The deal should be signed by the end of the year.        | the end of the year             | DATE     | 2019
            Officials had met over the weekend in Doha.              | the weekend                     | DATE     | 2019-W22-WE
            Talks with the rebels resumed recently.                  | recently                        | DATE     | PAST_REF
            The current talks are the first since the war.           | current                         | DATE     | PRESENT_REF
            Ties will improve in the long term, he said.             | the long term                   | DATE     | FUTURE_REF
            The border stays closed for the time being.              | the time being                  | DATE     | PRESENT_REF
            The two sides have grown closer over the years.          | over the years                  | DURATION | PXY
            Xi will visit Moscow in two weeks.                       | two weeks                       | DATE     | 2019-W25
            They will finish the report within two weeks.            | two weeks                       | DURATION | P2W
            Mac sales rose in the last financial quarter.            | the last financial quarter      | DATE     | 2019-Q1
            Europe faces slow growth over the next couple of years.  | the next couple of years        | DURATION | P2Y
            Sales fell in the last week of March.                    | the last week of March          | DATE     | 2019-W13
            The forum opens in the first week of June 2020.          | the first week of June 2020     | DATE     | 2020-W23
            Putin will review the Victory Day parade.                | Victory Day                     | DATE     | 2020-05-09
            Shops were crowded at Christmas.                         | Christmas                       | DATE     | 2018-12-25
            Envoys met on New Year's Eve in Vienna.                  | New Year's Eve                  | DATE     | 2018-12-31
            The consortium bought the stake in April of last year.   | April of last year              | DATE     | 2018-04
            She was elected speaker in December last year.           | December last year              | DATE     | 2018-12
            The port reopens in March next year.                     | March next year                 | DATE     | 2020-03
            The flight is expected in August or September of this year. | September of this year       | DATE     | 2019-09
            The firm might run out of money by March if aid was not given. | March                     | DATE     | 2020-03
            """)
    void newsPhrasings(String sentence, String text, TimexType type, String value) {
        Timex t = find(sentence, "2019-06-05", text);

        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
    }

    @Test
    void theDayRefersBackToTheLastDayMentioned() {
        String text = "Markets fell sharply on Monday. Stocks ended the day 3 % lower, and on the same day oil slid.";

        assertThat(find(text, "2019-06-05", "the day").value()).isEqualTo("2019-06-03");
        assertThat(find(text, "2019-06-05", "the same day").value()).isEqualTo("2019-06-03");
    }

    @Test
    void laterAndTheNextDayCountFromTheLastDayMentioned() {
        String text = "Talks began on 12 May 2019. Two days later the ministers signed. The next day they left.";

        assertThat(find(text, "2019-06-05", "Two days later").value()).isEqualTo("2019-05-14");
        assertThat(find(text, "2019-06-05", "The next day").value()).isEqualTo("2019-05-15");
    }

    @Test
    void theDayBeforeAnEventIsNotTheDayBeforeTheAnchor() {
        assertThat(TAGGER.tag("Envoys arrived the day before the vote.", LocalDate.of(2019, 6, 5))).isEmpty();
    }

    @Test
    void pastClauseReportingANearFutureDayKeepsTheNearDate() {
        Timex t = find("The company sent invitations for an event on October 12.", "2019-10-04", "October 12");

        assertThat(t.value()).isEqualTo("2019-10-12");
    }

    @Test
    void dateLineWeekdayDoesNotJoinTheDateOnTheNextLine() {
        String text = "Markets to stay closed until Friday\nSeptember 18, 2008\nTrading was halted.";

        assertThat(TAGGER.tag(text, LocalDate.of(2008, 9, 18))).extracting(Timex::text)
                .containsExactly("Friday", "September 18, 2008");
    }

    @Test
    void ordinalsAndFractionsAreNotDurations() {
        assertThat(TAGGER.tag("A second round is planned; about a quarter of voters abstained.",
                LocalDate.of(2019, 6, 5))).isEmpty();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Министры встретились в среду в Сочи.                      | среду            | 2019-06-05
            Les ministres se réunissent mardi 4 juin 2019 à Paris.    | mardi 4 juin 2019 | 2019-06-04
            Die Gespräche gehen morgen weiter.                        | morgen           | 2019-06-06
            """)
    void foreignWeekdaysAndDayWords(String sentence, String text, String value) {
        assertThat(find(sentence, "2019-06-05", text).value()).isEqualTo(value);
    }

    @Test
    void germanHierAndMorgenAsNounAreNotDates() {
        assertThat(TAGGER.tag("Hier in Berlin beginnt am Morgen die Sitzung.", LocalDate.of(2019, 6, 5))).isEmpty();
    }
}
