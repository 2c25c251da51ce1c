package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A visitor's encounter on the days after his arrival, told without a place, is held in the city he is visiting
 * when a party of it is of the host country ({@link VisitStay}); the city may be written in the article's language.
 */
class VisitStayTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-12", body));
    }

    /** The places of the day's encounters other than the visit itself. */
    private static List<String> placesOn(List<EventMention> found, String day) {
        return found.stream().filter(m -> m.type() != EventType.VISIT && m.type() != EventType.STATEMENT
                        && m.when().isKnown() && m.when().value().equals(day))
                .flatMap(m -> m.places().stream()).map(Place::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ruritanian President Alon Varga arrived in Oslo on Monday. On Tuesday the president met Norwegian Prime Minister Eirik Dahl. | Oslo
            Le ministre des Affaires étrangères Lucien Marbot est arrivé lundi à Vienne. Mardi, le chef de la diplomatie française s'est entretenu avec le président autrichien Karl Huber. | Vienna
            Außenministerin Karla Brenner ist am Montag in Canberra eingetroffen. Am Dienstag traf die Chefdiplomatin den australischen Premierminister Liam Doyle. | Canberra
            O ministro dos Negócios Estrangeiros Rui Valente chegou na segunda-feira a Dublin. Na terça-feira, o chefe da diplomacia portuguesa reuniu-se com o presidente irlandês Cathal Byrne. | Dublin
            """)
    void theVisitorsEncounterWithHisHostIsInTheCityHeVisits(String body, String city) {
        List<EventMention> found = mentions(body);

        assertThat(placesOn(found, "2022-04-12")).isNotEmpty().containsOnly(city);
    }

    @Test
    void anEncounterWithNoPartyOfTheHostCountryKeepsNoPlace() {
        // given: the visitor's talks the next day are with a third country's minister, met in person
        List<EventMention> found = mentions("Ruritanian President Alon Varga arrived in Oslo on Monday. On Tuesday "
                + "Varga met Japanese Prime Minister Kenji Mori.");

        // then: nothing says the meeting with the Japanese prime minister was in Oslo
        assertThat(placesOn(found, "2022-04-12")).isEmpty();
    }
}
