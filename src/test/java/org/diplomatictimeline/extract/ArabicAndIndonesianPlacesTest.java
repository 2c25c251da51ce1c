package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an occasion is, as Arabic and Indonesian news say it: "in the Kingdom of X" (a state's style between the
 * preposition and its name) and a departure "towards" a city; sentences written for this test.
 */
class ArabicAndIndonesianPlacesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2024-10-02", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            عقد الوزراء اجتماعا يوم 2024/3/12 في مملكة البحرين.  | Bahrain
            عقد الوزراء اجتماعا يوم 2024/3/12 في دولة قطر.       | Qatar
            """)
    void aStatesStyleBetweenPrepositionAndNameKeepsThePlace(String body, String place) {
        assertThat(mentions(body)).filteredOn(m -> m.type() == EventType.MEETING).isNotEmpty()
                .allSatisfy(m -> assertThat(m.places()).extracting(Place::name).containsExactly(place));
    }

    @Test
    void anIndonesianDepartureTowardsACityIsAVisitThere() {
        assertThat(mentions("Menteri Luar Negeri Budi Santoso hari ini berangkat menuju Hanoi."))
                .filteredOn(m -> m.type() == EventType.VISIT).isNotEmpty()
                .anySatisfy(m -> assertThat(m.places()).extracting(Place::name).contains("Hanoi"));
    }
}
