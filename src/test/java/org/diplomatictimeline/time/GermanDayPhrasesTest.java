package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German day phrases: two days joined by "und" ("am 15. und 16. Mai") are one range from the first day, as "15 and
 * 16 May" is; a weekday with its day in apposition ("am Dienstag, dem 15. Mai") is that one day.
 */
class GermanDayPhrasesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Präsident reist am 15. und 16. Mai nach Rom.           | 15. und 16. Mai   | 2019-05-15 | 2019-05-16
            Die Kanzlerin besucht am 8. und 9. Juli Warschau.          | 8. und 9. Juli    | 2019-07-08 | 2019-07-09
            """)
    void twoDaysJoinedByUndAreARange(String sentence, String text, String value, String endValue) {
        Timex t = find(sentence, "2019-04-05", text);

        assertThat(t.value()).isEqualTo(value);
        assertThat(t.endValue()).isEqualTo(endValue);
    }

    @Test
    void twoYearsJoinedByUndStayTwoYears() {
        Timex first = find("Sie trafen sich 2017 und 2018 in Berlin.", "2019-04-05", "2017");

        assertThat(first.value()).isEqualTo("2017");
        assertThat(first.endValue()).isNull();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Der König empfängt den Gast am Dienstag, dem 14. Mai, im Palast.  | Dienstag, dem 14. Mai | 2019-05-14
            Am Mittwoch, den 15. Mai, reist die Delegation nach Rom.          | Mittwoch, den 15. Mai | 2019-05-15
            """)
    void aWeekdayWithItsDayInAppositionIsThatDay(String sentence, String text, String value) {
        Timex t = find(sentence, "2019-05-07", text);

        assertThat(t.value()).isEqualTo(value);
    }
}
