package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An event held at a building whose address ends in a known city ("at the X Office, Y, Z") takes that city as its
 * place, in any language whose "at" the preposition tables know.
 */
class AddressPlaceTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Indonesian meeting | Menteri Luar Negeri Sari Wulandari bertemu Menteri Luar Negeri Tan Boon di Gedung "
            + "Pancasila, Gambir, Jakarta Pusat, Rabu (12/5/2021). | Jakarta",
        "English talks | Foreign Minister Ivo Marten held talks with Foreign Minister Lena Okafor at the Rowan "
            + "Guest House, Arbat, Moscow, on Wednesday. | Moscow",
    })
    void theCityClosingTheAddressIsThePlace(String name, String body, String city) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-05-14", body)),
                List.of()));

        assertThat(model.events()).anySatisfy(e -> assertThat(e.place()).extracting(Place::name).isEqualTo(city));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a list of cities after a city | The ministers met in Vienna, Moscow and Warsaw on Wednesday. | Vienna",
    })
    void aListOfCitiesKeepsTheGovernedOne(String name, String body, String city) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-05-14", body)),
                List.of()));

        assertThat(model.events()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.place()).extracting(Place::name).isEqualTo(city));
    }
}
