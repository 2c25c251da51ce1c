package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative clause telling an occasion taking place (", que se celebró el sábado") dates the occasion told
 * before its comma, even past the place between them; one about another occasion's year does not date a visit.
 */
class HeldClauseTest {

    private static List<Event> events(String date, String body) {
        return ArticleExtraction.events(date, body);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-05 | El presidente Ramos y su par Ortiz asistieron a la cumbre andina en la ciudad de Quito, que se celebró el sábado 3 de mayo. | 2025-05-03
            2025-05-05 | President Ramos of Peru and President Ortiz of Chile attended the Andean summit in the city of Quito, which was held last Saturday, May 3. | 2025-05-03
            2025-05-05 | Le président Ramos et son homologue Ortiz ont participé au sommet andin dans la ville de Quito, qui s'est déroulé samedi 3 mai.               | 2025-05-03
            """)
    void aClauseOfTakingPlaceDatesTheOccasionToldBeforeIt(String date, String body, String day) {
        assertThat(events(date, body)).extracting(e -> e.when().value()).contains(day).doesNotContain(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President Ramos of Peru made a visit to Chile and toured the hall in the city of Santiago, which was held by rebels in 1990.
            President Ramos of Peru made a visit to Chile and its port city of Valparaiso, which held elections in 1990.
            """)
    void aClauseOfAnotherKindDoesNotDateAVisit(String body) {
        List<Event> events = events("2025-05-05", body);

        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2025-05-05"));
    }
}
