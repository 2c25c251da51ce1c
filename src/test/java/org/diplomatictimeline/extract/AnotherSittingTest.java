package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A sitting told as done without a date, as one more act of the day just told ("also", "aussi", "außerdem") and with
 * a partner of its own, is an event on that day, not background dropped for want of a date.
 */
class AnotherSittingTest {

    private static final String DATE = "2021-03-10";

    private static boolean names(Event e, String person) {
        return e.participants().stream().map(Participant::name).anyMatch(person::equals);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "President Ada Lindqvist met Prime Minister Ben Oduya in Nairobi on Monday.|"
                + "Lindqvist also met Foreign Minister Cara Moss.",
        "La présidente Ada Lindqvist a rencontré lundi à Nairobi le Premier ministre Ben Oduya.|"
                + "Lindqvist a également rencontré la ministre des Affaires étrangères Cara Moss.",
        "Präsidentin Ada Lindqvist traf am Montag in Nairobi Ministerpräsident Ben Oduya.|"
                + "Lindqvist traf außerdem Außenministerin Cara Moss."})
    void aMeetingToldAsOneMoreActTakesTheDayOfTheMeetingBefore(String first, String second) {
        // given: a dated meeting, then a sentence telling one more meeting with another partner and no date
        List<Event> events = ArticleExtraction.events(DATE, first + "\n\n" + second + "\n");

        // then: two meetings, the second on the first one's day, inferred
        assertThat(events).filteredOn(e -> names(e, "Ben Oduya")).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2021-03-08"));
        assertThat(events).filteredOn(e -> names(e, "Cara Moss")).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2021-03-08");
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
            assertThat(names(e, "Ben Oduya")).isFalse();
        });
    }

    @Test
    void aMeetingToldWithoutACueStaysUndatedAndIsDropped() {
        // "Lindqvist met Foreign Minister Cara Moss." may be background: nothing tells it as one more act of the day
        List<Event> events = ArticleExtraction.events(DATE,
                "President Ada Lindqvist met Prime Minister Ben Oduya in Nairobi on Monday.\n\n"
                        + "Lindqvist met Foreign Minister Cara Moss.\n");

        assertThat(events).filteredOn(e -> names(e, "Cara Moss") && !names(e, "Ben Oduya")).isEmpty();
    }

    @Test
    void aMeetingToldAgainWithTheSamePartnersIsNotASecondEvent() {
        // "They also met ..." of the same two people is the day's meeting told again
        List<Event> events = ArticleExtraction.events(DATE,
                "President Ada Lindqvist met Prime Minister Ben Oduya in Nairobi on Monday.\n\n"
                        + "Lindqvist also met Oduya over lunch.\n");

        assertThat(events).filteredOn(e -> names(e, "Ben Oduya")).hasSize(1);
    }

    @Test
    void theCueWordsOfEveryLanguageAreRead() {
        assertThat(AnotherSitting.CUES).contains("also", "aussi", "también", "auch", "anche", "também", "также",
                "juga", "afterwards", "ensuite");
    }
}
