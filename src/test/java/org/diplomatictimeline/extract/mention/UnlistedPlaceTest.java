package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.diplomatictimeline.extract.mention.MentionAssertions.cities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place no list holds is read where the text marks the name as a place: after a noun for a kind of place, after a
 * bare-city preposition with a country or region in apposition, or alone in capitals opening a dateline; elsewhere
 * the capitalised word stays what it was. The towns (Velmorin, Santa Orilla, Kasimo, Tumbaru) and the sentences are
 * invented for this test.
 */
class UnlistedPlaceTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ambush took place in the Kenyan town of Velmorin on Sunday.          | en | Velmorin
            The talks were held at the frontier town of Santa Orilla.                | en | Santa Orilla
            Los cancilleres se reunieron en la localidad de Santa Orilla el martes.   | es | Santa Orilla
            Les ministres se sont retrouvés dans la ville de Velmorin mardi.          | fr | Velmorin
            Il vertice si è svolto nella città di Velmorin.                            | it | Velmorin
            Os ministros reuniram-se na cidade de Velmorin na segunda-feira.          | pt | Velmorin
            Die Minister trafen sich am Montag in der Stadt Velmorin.                  | de | Velmorin
            Para menteri bertemu di kota Velmorin pada hari Senin.                    | id | Velmorin
            Министры встретились в городе Велморин в понедельник.                      | ru | Велморин
            """)
    void aNameAfterANounForAKindOfPlaceIsAPlace(String sentence, String language, String name) {
        assertThat(cities(sentence, language)).extracting(Mention::name).containsExactly(name);
    }

    @Test
    void aNameWithItsCountryInAppositionIsAPlaceOfThatCountry() {
        List<Mention> found = cities("The ministers met in Velmorin, Niger, on Tuesday.", "en");

        assertThat(found).extracting(Mention::name, Mention::countryCode).containsExactly(tuple("Velmorin", "NE"));
    }

    @Test
    void aNameWithARegionPhraseInAppositionIsAPlace() {
        String text = "Two people died in a blast in Tumbaru, in the western Kenyan region of Kasimo.";

        assertThat(cities(text, "en")).extracting(Mention::name).containsExactly("Tumbaru", "Kasimo");
    }

    @Test
    void aNameInCapitalsOpeningADatelineWithItsCountryIsAPlace() {
        String text = "Fisheries deal agreed\nVELMORIN, Kenya (Wire) - The ministers agreed on Monday.";

        assertThat(cities(text, "en")).extracting(Mention::name, Mention::countryCode)
                .containsExactly(tuple("Velmorin", "KE"));
    }

    @Test
    void aListedCityWithItsCountryInBracketsIsACity() {
        String text = "Las cumbres anteriores de Perugia (Italia, 2014) dejaron mandatos cumplidos.";

        assertThat(cities(text, "es")).extracting(Mention::name).containsExactly("Perugia");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met in Velmorin on Tuesday.                          | en
            In March, Kenya and Niger signed the accord.                       | en
            She spoke at Velcorp, Kenya's largest lender, on Monday.           | en
            At Christmas, Kenyan officials visited the troops.                 | en
            The envoy thanked Velmorin, Kenya and Niger for their help.        | en
            The Port Velmorin Authority, Kenya said, would reopen.             | en
            Das Land grenzt im Norden, Russland und China liegen dahinter.      | de
            Ibu Velmorin bertemu para menteri di Jakarta, Indonesia.            | id
            """)
    void withoutAMarkItStaysAWordOrAName(String sentence, String language) {
        assertThat(cities(sentence, language)).extracting(Mention::name)
                .doesNotContain("Velmorin", "Velcorp", "March", "Christmas", "Norden", "Ibu Velmorin");
    }
}
