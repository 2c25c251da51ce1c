package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place preposition still says where an occasion is when a settlement noun ("city", "городе", "ville") and an
 * adjective stand between it and the name (prepositions.tsv, kind SETTLEMENT), in sentences written for this test.
 */
class SettlementNounPlaceTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Первый саммит прошёл в мае 2021 года в российском городе Казани.   | Kazan
            The first summit took place in May 2021 in the Chinese city of Wuhan. | Wuhan
            Le premier sommet s'est tenu en mai 2021 dans la ville de Lyon.       | Lyon
            A primeira cimeira decorreu em maio de 2021 na cidade do Porto.       | Porto
            """)
    void aSettlementNounBetweenPrepositionAndNameKeepsThePlace(String body, String city) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2024-10-02", body));

        assertThat(found).filteredOn(m -> m.type() == EventType.SUMMIT).first()
                .satisfies(m -> assertThat(m.places()).extracting(Place::name).containsExactly(city));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit took place in May 2023 near the city hall, Lyon officials said.
            """)
    void punctuationBetweenEndsTheReach(String body) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2024-10-02", body));

        assertThat(found).filteredOn(m -> m.type() == EventType.SUMMIT)
                .allSatisfy(m -> assertThat(m.places()).extracting(Place::name).doesNotContain("Lyon"));
    }
}
