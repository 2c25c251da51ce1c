package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A city inside an occasion's own name is where the occasion is held ("the Lisbon Summit", "Cumbre del Mercosur
 * Asunción"), while cities that pair up as parties ("the Madrid-Rabat talks") are no place; sentences written for
 * this test.
 */
class OccasionNamePlaceTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The leaders gathered on Friday for the Lisbon Summit of the alliance.                  | SUMMIT | Lisbon
            Ministers opened the Nairobi talks on Tuesday with a call for calm.                    | TALKS  | Nairobi
            The presidents spoke on Friday at the Mercosur Summit Asuncion about trade.           | SUMMIT | Asuncion
            Los presidentes hablaron el viernes en la 40ª Cumbre del Mercosur Asunción de comercio. | SUMMIT | Asuncion
            """)
    void aCityInsideTheOccasionsNameIsItsPlace(String body, EventType type, String city) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-05", body));

        assertThat(found).filteredOn(m -> m.type() == type).first()
                .satisfies(m -> assertThat(m.places()).extracting(Place::name).containsExactly(city));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Envoys resumed the Madrid and Rabat talks on Tuesday after a pause. | Rabat
            Envoys resumed the Madrid-Rabat talks on Tuesday after a pause.     | Rabat
            """)
    void citiesPairedAsPartiesAreNoPlace(String body, String city) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-05", body));

        assertThat(found).filteredOn(m -> m.type() == EventType.TALKS).isNotEmpty()
                .allSatisfy(m -> assertThat(m.places()).extracting(Place::name).doesNotContain(city));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy spoke separately on Monday with both delegations.      | TALKS
            The envoy spoke at length yesterday with the opposition leader.   | TALKS
            The envoy spoke by phone with the foreign minister on Monday.     | PHONE_CALL
            """)
    void wordsBetweenSpokeAndWithStillTellTalks(String body, EventType type) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-05", body));

        assertThat(found).extracting(EventMention::type).contains(type);
    }
}
