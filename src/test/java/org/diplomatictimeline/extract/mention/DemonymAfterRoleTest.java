package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.FINDER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A role-only mention followed by an adjective of nationality ("le dirigeant canadien", "il presidente italiano")
 * is the holder of that country, and the demonyms of the smaller states name their country in every language
 * folder that has demonyms.
 */
class DemonymAfterRoleTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // the nearest fitting holder is of another country: the demonym picks the right one
        "Le président Cyril Ramaphosa a reçu le Premier ministre Justin Trudeau. Le dirigeant canadien a salué l'accord."
            + " | fr | dirigeant canadien | Justin Trudeau",
        "El presidente Gabriel Boric recibió al presidente Luis Lacalle Pou. Luego el presidente chileno habló."
            + " | es | presidente chileno | Gabriel Boric",
        "Il presidente Sergio Mattarella ha ricevuto il presidente Cyril Ramaphosa. Poi il presidente italiano ha parlato."
            + " | it | presidente italiano | Sergio Mattarella",
        "O presidente Cyril Ramaphosa recebeu o presidente Emmanuel Macron. Depois, o presidente sul-africano falou."
            + " | pt | presidente sul-africano | Cyril Ramaphosa",
    })
    void aDemonymAfterTheRoleChoosesItsCountrysHolder(String sentence, String language, String surface,
                                                      String person) {
        List<Mention> found = FINDER.find(sentence, 0, sentence.length(), language);
        String name = found.stream().filter(m -> m.text().equals(surface) && m.kind() == MentionKind.PERSON)
                .map(Mention::name).findFirst().orElse("");
        assertThat(name).as("%s", found).isEqualTo(person);
    }

    @Test
    void aCapitalisedNationalityAfterAnEnglishTitleIsNotItsOwner() {
        String text = "President Gabriel Boric met the minister. The minister Chilean officials trust spoke.";
        List<Mention> found = FINDER.find(text, 0, text.length(), "en");
        assertThat(found).filteredOn(m -> m.text().equals("Chilean")).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MentionKind.COUNTRY));
    }
}
