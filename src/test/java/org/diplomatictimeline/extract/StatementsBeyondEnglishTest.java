package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements in the other languages as in English: an office qualified after its head word (or one whose word says
 * whose it is) speaks when no person is named, condemnations and interviews are statements of their day, and a
 * sentence that opens with its time dates what its speaker said.
 */
class StatementsBeyondEnglishTest {

    private static List<EventMention> statements(String body) {
        // the article is of Wednesday 10 March 2021
        return ArticleExtraction.mentions(body).stream()
                .filter(m -> m.type() == EventType.STATEMENT).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La présidence a condamné lundi les propos du ministre.                    | Présidence            | 2021-03-08
            La oficina presidencial condenó el lunes las declaraciones del ministro.  | Oficina presidencial  | 2021-03-08
            La presidenza ha condannato lunedì le dichiarazioni del ministro sulla questione dei migranti e della pesca. | Presidenza | 2021-03-08
            O gabinete presidencial condenou na segunda-feira as palavras do ministro. | Gabinete presidencial | 2021-03-08
            Istana Kepresidenan mengecam pernyataan menteri itu pada hari Senin karena tidak sesuai dengan sikap pemerintah. | Istana Kepresidenan | 2021-03-08
            """)
    void anOfficeSpeaksInItsOwnLanguageWhenNoPersonIsNamed(String sentence, String office, String day) {
        // given: an office, qualified after its head word or saying whose it is, condemning words on Monday

        // when
        List<EventMention> found = statements(sentence);

        // then: the office's statement of Monday
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo(office));
            assertThat(m.when().value()).isEqualTo(day);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le ministère a condamné lundi les propos du ministre.",
        "Son bureau a condamné lundi les propos du ministre.",
        "El ministerio condenó el lunes las declaraciones del ministro.",
        "Il ministero ha condannato lunedì le dichiarazioni del ministro.",
    })
    void anOfficeThatDoesNotSayWhoseItIsSpeaksForNobodyWeCanName(String sentence) {
        // given: a bare or possessive office with nobody named before

        // when
        List<EventMention> found = statements(sentence);

        // then: no statement
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le président Emmanuel Macron a condamné mardi les violences.              | Emmanuel Macron | 2021-03-09
            El presidente Pedro Sánchez criticó las cuotas en una entrevista el domingo. | Pedro Sanchez  | 2021-03-07
            Lundi, le président Emmanuel Macron a déclaré que la France restait prête. | Emmanuel Macron | 2021-03-08
            El lunes, el presidente Pedro Sánchez anunció su apoyo a la propuesta.     | Pedro Sanchez   | 2021-03-08
            """)
    void aSpeakersWordsAreDatedByTheTimeTheirSentenceGives(String sentence, String speaker, String day) {
        // given: a condemnation, an interview or a sentence opening with its time

        // when
        List<EventMention> found = statements(sentence);

        // then: the speaker's statement of that day
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo(speaker));
            assertThat(m.when().value()).isEqualTo(day);
        });
    }
}
