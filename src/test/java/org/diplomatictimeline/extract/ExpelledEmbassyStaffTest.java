package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;

import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expelling the staff of an embassy or consulate ("trois agents de l'ambassade") is an expulsion of envoys as much as
 * expelling the ambassador; an expelling verb with no envoy or mission near it is not. Sentences written for this test.
 */
class ExpelledEmbassyStaffTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Les autorités ont décidé lundi d'expulser trois agents de l'ambassade du Ghana.
            Die Regierung hat am Montag drei Mitarbeiter der Botschaft Ghanas ausgewiesen.
            El gobierno decidió el lunes expulsar a tres funcionarios de la embajada de Ghana.
            Il governo ha deciso lunedì di espellere tre funzionari dell'ambasciata del Ghana.
            O governo decidiu na segunda-feira expulsar três funcionários da embaixada do Gana.
            The government expelled three members of the Ghanaian embassy staff on Monday.
            """)
    void expellingEmbassyStaffIsAnExpulsion(String body) {
        assertThat(mentions("2021-03-10", body)).extracting(EventMention::type).contains(EventType.EXPULSION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le club a décidé lundi d'expulser trois joueurs de l'équipe.
            El partido decidió el lunes expulsar a tres concejales.
            """)
    void expellingOthersIsNoExpulsionOfEnvoys(String body) {
        assertThat(mentions("2021-03-10", body)).extracting(EventMention::type).doesNotContain(EventType.EXPULSION);
    }
}
