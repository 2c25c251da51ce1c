package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An encounter held in a building named with its city ("in the Royal Palace of Marrakesh") takes the city as its place,
 * before the country a trip goes to, in every language whose "in" and "of" the preposition tables know.
 */
class BuildingCityPlaceTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Spanish | El rey recibió hoy al presidente Tomás Ibarra en el Palacio Real de Marrakech durante su visita a "
            + "Marruecos. | Marrakesh",
        "English | The king received President Ivo Marten at the Royal Palace of Marrakesh during his visit to Morocco "
            + "on Wednesday. | Marrakesh",
        "French | Le roi a reçu mercredi le président Paul Morvan au Palais royal de Marrakech lors de sa visite au "
            + "Maroc. | Marrakesh",
        "Italian | Il re ha ricevuto oggi il presidente Dario Valenti nel Palazzo Reale di Marrakech durante la visita "
            + "in Marocco. | Marrakesh",
    })
    void theBuildingsCityIsThePlace(String name, String body, String city) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-05-14", body)),
                List.of()));

        assertThat(model.events()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.place()).extracting(Place::name).isEqualTo(city));
    }
}
