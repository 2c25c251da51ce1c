package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.diplomatictimeline.extract.mention.MentionAssertions.cities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cities of the generated GeoNames list (cities-geonames.tsv) are read only where news puts a place: after a city
 * preposition, a settlement noun or an event noun and its link, or opening a dateline; elsewhere the word stays a
 * word or a name. Sentences and people invented for this test.
 */
class GeoNamesCityTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two ministers met in Lugano on Monday.                          | en | Lugano  | CH
            The delegation travelled to Trondheim for a second round.           | en | Trondheim | NO
            The talks were held in the lakeside town of Ohrid.                  | en | Ohrid   | MK
            Les ministres se sont réunis à Lugano mardi.                        | fr | Lugano  | CH
            Die Außenminister trafen sich am Freitag in Perugia.                | de | Perugia | IT
            La cumbre de Ohrid terminó sin acuerdo.                             | es | Ohrid   | MK
            Los ministros se reunieron en la ciudad de Perugia.                 | es | Perugia | IT
            Para menteri luar negeri bertemu di Trondheim pada hari Senin.       | id | Trondheim | NO
            """)
    void aCityAfterAPlaceCueIsACity(String sentence, String language, String name, String country) {
        List<Mention> found = cities(sentence, language);

        assertThat(found).extracting(Mention::name, Mention::countryCode).containsExactly(tuple(name, country));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lugano officials said the talks would resume.
            The envoy praised Perugia for its patience.
            Her interest in Nancy Marlowe's proposal was plain.
            The second reading of the bill took place in Reading.
            A spokesman for Laval said nothing.
            """)
    void withoutACueOrBeforeAnotherNameItIsNoCity(String sentence) {
        assertThat(cities(sentence, "en")).isEmpty();
    }

    @Test
    void aGivenNameAfterAPrepositionIsACity() {
        assertThat(cities("The ministers will meet in Nancy on Friday.", "en")).extracting(Mention::name)
                .containsExactly("Nancy");
    }

    @Test
    void aCityOpeningADatelineIsACity() {
        String text = "Ministers agree on fisheries\nTRONDHEIM, May 4 (Wire) - The ministers agreed on Monday.";

        assertThat(cities(text, "en")).extracting(Mention::name).containsExactly("Trondheim");
    }

    @Test
    void aGivenNameOpeningALineIsNoDateline() {
        assertThat(cities("Studio notes\nNANCY, HOST - Welcome back to the programme.", "en")).isEmpty();
    }

    @Test
    void aHandWrittenCityStillWins() {
        assertThat(cities("The ministers met in Florence on Monday.", "en")).extracting(Mention::id)
                .containsExactly("city:florence");
    }
}
