package org.diplomatictimeline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.time.TaggerAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A weekday told with the week or the day of the month that places it, in apposition or right after it. */
class WeekdayPlacedByItsWeekTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy arrives on Thursday next week for two days of talks.         | Thursday next week            | 2031-03-13
            The envoy arrives on Tuesday of next week.                             | Tuesday of next week          | 2031-03-11
            Der Gesandte landet am Donnerstag kommender Woche in Wien.             | Donnerstag kommender Woche    | 2031-03-13
            Der Gesandte landet am Freitag der kommenden Woche in Wien.            | Freitag der kommenden Woche   | 2031-03-14
            El enviado llegará el jueves de la próxima semana a Lima.              | jueves de la próxima semana   | 2031-03-13
            """)
    void aWeekdayFollowedByItsWeekIsThatDayOfTheWeek(String sentence, String text, String value) {
        // 2031-03-05 is a Wednesday; the next week runs from Monday 10 to Sunday 16 March
        assertThat(find(sentence, "2031-03-05", text).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum opens on Tuesday, the 18th, in the old town hall.            | Tuesday, the 18th             | 2031-03-18
            Die Delegation reist am Dienstag, dem 18., nach Graz.                  | Dienstag, dem 18              | 2031-03-18
            Die Delegation reist am Mittwoch, dem 19. März, nach Graz.             | Mittwoch, dem 19. März        | 2031-03-19
            """)
    void aDayOfTheMonthInAppositionToItsWeekdayIsThatDay(String sentence, String text, String value) {
        assertThat(find(sentence, "2031-03-05", text).value()).isEqualTo(value);
    }
}
