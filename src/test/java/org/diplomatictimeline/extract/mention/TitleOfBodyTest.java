package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.mention.MentionAssertions.find;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title whose complement names a party or movement ("el líder de La Alianza Nueva") is not followed by a person
 * named after the body; a full name set off by a comma after the body is still the title's holder, and a title after
 * "counterpart," is never read as a name.
 */
class TitleOfBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Llegó el líder de La Alianza Nueva, según la prensa local.",
        "O líder do Partido Novo Rumo chegou ontem à capital.",
        "Le chef du Parti Nouvel Horizon est arrivé mardi.",
        "Der Vorsitzende der Partei Neue Mitte reiste am Montag ab.",
        "Il leader del Partito Nuova Strada è arrivato ieri.",
    })
    void aBodyAfterATitleIsNoPerson(String text) {
        assertThat(find(text)).extracting(Mention::kind).doesNotContain(MentionKind.PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "El presidente del Partido Verde Andino, Tomás Ibarra, habló ayer. | Tomás Ibarra",
        "O presidente do Partido Social Renovador, Rui Tavares Lobo, falou. | Rui Tavares Lobo",
    })
    void aNameAfterTheBodyAndAComma(String text, String name) {
        assertThat(find(text)).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                .containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "With his Fijian counterpart, Prime Minister the Hon Tavake Moala, Prime Minister Dunmore discussed trade."
            + " | Prime",
        "He met his counterpart, Foreign Minister Hon. Selu Watt, in the morning. | Foreign",
    })
    void aTitleAfterCounterpartIsNoName(String text, String titleWord) {
        assertThat(find(text)).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                .doesNotContain(titleWord).isNotEmpty();
    }
}
