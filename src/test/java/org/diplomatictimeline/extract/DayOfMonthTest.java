package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day of the month told without its month is the day nearest the encounter told before, or the article's day. */
class DayOfMonthTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He will arrive in Nairobi on the night of the 14th.   | arrive  | 2021-03-10 | 2021-03-14
            El ministro llega el 2 y se reúne con el presidente.   | llega   | 2021-03-30 | 2021-04-02
            Per il 23 è in agenda un incontro con il ministro.     | incontro | 2021-06-20 | 2021-06-23
            Le 28, il se rendra à Lyon.                            | rendra  | 2021-03-02 | 2021-02-28
            """)
    void readsTheDayNearestTheReference(String sentence, String word, String reference, String expected) {
        String s = sentence.strip();
        assertThat(DayOfMonth.of(s, 0, s.length(), s.indexOf(word.strip()), LocalDate.parse(reference.strip()), "x"))
                .hasValueSatisfying(d -> assertThat(d.value()).isEqualTo(expected.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The 14th summit was held in Nairobi.                   | summit
            El 21 por ciento de los votos fue para el ministro.    | votos
            Il 23 aprile il ministro incontra il presidente.       | incontra
            """)
    void aNumberThatIsNoDayGivesNone(String sentence, String word) {
        String s = sentence.strip();
        assertThat(DayOfMonth.of(s, 0, s.length(), s.indexOf(word.strip()), LocalDate.parse("2021-03-10"), "x"))
                .isEmpty();
    }

    @Test
    void aWorkingLunchOnABareDayIsAMeetingOfThatDay() {
        // given: a visit told with its day, then a working lunch on a bare day of the month
        List<EventMention> found = new EventExtractor().mentions(TestArticles.withHeader("t", "2021-06-20",
                "Swedish Prime Minister Stefan Lofven will visit Nairobi on June 22. On the 23rd, a working lunch "
                        + "with Kenyan President Uhuru Kenyatta is planned."));

        // then: the lunch is a meeting of its own on the 23rd
        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING).singleElement()
                .satisfies(m -> assertThat(m.when().value()).isEqualTo("2021-06-23"));
    }
}
