package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How French, Italian, Portuguese and Spanish news tells who said or did what: accusations are statements, a name
 * set off between commas after its title speaks, a time phrase may stand between the verb and its speaker or between
 * the auxiliary and the verb, and an envoy told to leave the country is expelled (the envoy's word may be elided:
 * "l'ambassadeur").
 */
class RomanceAttributionTest {

    private static List<EventMention> mentions(String body, EventType type) {
        // the article is of Wednesday 10 March 2021
        return ArticleExtraction.mentions(body).stream()
                .filter(m -> m.type() == type).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le ministre Paul Lamarre a accusé lundi le Ghana de chercher à diviser la région.   | Paul Lamarre  | 2021-03-08
            Il ministro Paolo Verdini ha accusato lunedì la Francia di voler dividere il paese. | Paolo Verdini | 2021-03-08
            O ministro Paulo Cunhal acusou na segunda-feira a França de querer dividir o país.  | Paulo Cunhal  | 2021-03-08
            El canciller Pablo Ruidera acusó el lunes a Francia de querer dividir el país.      | Pablo Ruidera | 2021-03-08
            """)
    void anAccusationIsAStatementOfItsDay(String sentence, String speaker, String day) {
        // given: a minister accusing another country on Monday

        // when
        List<EventMention> found = mentions(sentence, EventType.STATEMENT);

        // then: the minister's statement of Monday
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo(speaker));
            assertThat(m.when().value()).isEqualTo(day);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La ministre des Armées, Claire Vidalon, a déclaré lundi que la junte multipliait les menaces. | Claire Vidalon
            « Le pays doit voter », a dit, dans la soirée, le ministre des affaires étrangères Marc Dalou. | Marc Dalou
            « Le pays doit voter », a dit, dans la soirée le ministre des affaires étrangères Marc Dalou, à la télévision. | Marc Dalou
            Le ministre Paul Lamarre avait, lundi soir, qualifié la décision d'inacceptable.        | Paul Lamarre
            """)
    void theSpeakerIsFoundPastATitleOrAnAsideSetOffByCommas(String sentence, String speaker) {
        // given: a name between commas after its title, or a time phrase between the verb and its speaker

        // when
        List<EventMention> found = mentions(sentence, EventType.STATEMENT);

        // then: the named person speaks
        assertThat(found).singleElement().satisfies(m ->
                assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo(speaker)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Tchad a demandé lundi à l'ambassadeur d'Allemagne de quitter le pays.        | Chad
            Le gouvernement tchadien invite l’ambassadeur d'Allemagne à quitter le territoire national. | Chad
            Il Ciad ha chiesto lunedì all'ambasciatore tedesco di lasciare il paese.        | Chad
            O Chade pediu na segunda-feira ao embaixador alemão que deixe o país.           | Chad
            Chad pidió el lunes al embajador alemán abandonar el país.                     | Chad
            """)
    void anEnvoyToldToLeaveTheCountryIsExpelled(String sentence, String country) {
        // given: a government telling another country's ambassador to leave

        // when
        List<EventMention> found = mentions(sentence, EventType.EXPULSION);

        // then: an expulsion between the two countries
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo(country));
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Germany"));
        });
    }
}
