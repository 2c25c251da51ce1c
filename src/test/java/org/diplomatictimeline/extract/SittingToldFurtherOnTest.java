package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sitting with a counterpart of its own, told as one more act of the day ("also", "likewise", "ebenfalls"), is an
 * encounter of its own on that day even when a quote or a few sentences of what was said stand between it and the
 * dated meeting; without such a word, or with the same counterparts, it is not a second event (decision 0120).
 */
class SittingToldFurtherOnTest {

    private static final String DATE = "2021-03-10";

    /** Four sentences of what was said, between the dated meeting and the sitting told further on. */
    private static final String SAID = "\"We stand together,\" Lindqvist said. \"Nothing will divide us.\" "
            + "The talks focused on energy and trade. Both sides praised the ties between their countries.";

    private static boolean names(Event e, String person) {
        return e.participants().stream().map(Participant::name).anyMatch(person::equals);
    }

    @Test
    void aSittingToldAsOneMoreActFourSentencesLaterIsAnEncounterOnTheMeetingsDay() {
        // given: a dated meeting, four sentences of what was said, then "also met" another counterpart
        List<Event> events = ArticleExtraction.events(DATE,
                "President Ada Lindqvist met Prime Minister Ben Oduya in Nairobi on Monday. " + SAID + "\n\n"
                        + "Lindqvist also met Foreign Minister Cara Moss.\n");

        // then: the sitting with Moss is its own encounter, on Monday, inferred, without Oduya
        assertThat(events).filteredOn(e -> names(e, "Cara Moss")).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2021-03-08");
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
            assertThat(names(e, "Ben Oduya")).isFalse();
        });
        assertThat(events).filteredOn(e -> names(e, "Ben Oduya")).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2021-03-08"));
    }

    @Test
    void aSittingWithoutACueAsFarOnIsNotGivenTheMeetingsDay() {
        // "Lindqvist met Cara Moss" with no word of one more act may be background: it keeps no date and is dropped
        List<Event> events = ArticleExtraction.events(DATE,
                "President Ada Lindqvist met Prime Minister Ben Oduya in Nairobi on Monday. " + SAID + "\n\n"
                        + "Lindqvist met Foreign Minister Cara Moss.\n");

        assertThat(events).filteredOn(e -> names(e, "Cara Moss") && !names(e, "Ben Oduya")).isEmpty();
    }

    @Test
    void theSameMeetingToldAgainFurtherOnIsNotASecondEvent() {
        // "also met Oduya over lunch" names no counterpart of its own: the meeting told again
        List<Event> events = ArticleExtraction.events(DATE,
                "President Ada Lindqvist met Prime Minister Ben Oduya in Nairobi on Monday. " + SAID + "\n\n"
                        + "Lindqvist also met Oduya over lunch.\n");

        assertThat(events).filteredOn(e -> names(e, "Ben Oduya")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"likewise", "besides", "ebenfalls", "weiteren", "outre", "asimismo", "altresì", "igualmente",
        "помимо", "selain", "كذلك"})
    void theWordsOfOneActBesidesAreReadInEveryLanguage(String word) {
        assertThat(AnotherSitting.CUES).contains(word);
    }

    @Test
    void aSittingToldWithLikewiseIsAnEncounterOfItsOwn() {
        List<Event> events = ArticleExtraction.events(DATE,
                "President Ada Lindqvist met Prime Minister Ben Oduya in Nairobi on Monday.\n\n"
                        + "Likewise, Lindqvist held a meeting with Foreign Minister Cara Moss.\n");

        assertThat(events).filteredOn(e -> names(e, "Cara Moss")).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2021-03-08");
            assertThat(names(e, "Ben Oduya")).isFalse();
        });
    }
}
