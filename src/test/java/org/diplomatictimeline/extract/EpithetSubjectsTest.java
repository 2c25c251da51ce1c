package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An office said as the subject instead of the name ("el mandatario se reunirá", "le chef de l'État rencontrera")
 * stands for the person named before it, as a pronoun would (parties.tsv kind EPITHET).
 */
class EpithetSubjectsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-03", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente colombiano Gustavo Petro llegará a Lima el 20 de marzo. El 21 de marzo el mandatario se reunirá con la presidenta Dina Boluarte. | Gustavo Petro
            Le président Emmanuel Macron arrivera à Dakar le 20 mars. Le 21 mars, le chef de l'État rencontrera le président Macky Sall. | Emmanuel Macron
            Il presidente Emmanuel Macron arriverà a Roma il 20 marzo. Il 21 marzo il capo dello Stato incontrerà il presidente Sergio Mattarella. | Emmanuel Macron
            O presidente Emmanuel Macron chega a Brasília em 20 de março. Em 21 de março, o chefe de Estado vai se reunir com o presidente Luiz Inácio Lula da Silva. | Emmanuel Macron
            Presiden Joko Widodo akan tiba di Tokyo pada 20 Maret. Pada 21 Maret, kepala negara akan bertemu Perdana Menteri Fumio Kishida. | Joko Widodo
            El presidente Gustavo Petro llegará a Lima el 20 de marzo, anunció el asesor Marco Ruiz. El 21 de marzo el mandatario se reunirá con la presidenta Dina Boluarte. | Gustavo Petro
            """)
    void anOfficeAsSubjectIsThePersonNamedBefore(String body, String person) {
        List<EventMention> found = mentions(body);

        assertThat(found).filteredOn(m -> m.when().isKnown() && m.when().value().equals("2021-03-21"))
                .anySatisfy(m -> assertThat(m.participants()).extracting(Participant::name).contains(person));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente colombiano Gustavo Petro llegará a Lima el 20 de marzo. El 21 de marzo el canciller Álvaro Leyva, en nombre del mandatario, se reunirá con la presidenta Dina Boluarte.
            El presidente colombiano Gustavo Petro llegará a Lima el 20 de marzo. El 21 de marzo el canciller Álvaro Leyva se reunirá con el mandatario de Perú.
            """)
    void anOfficeBesideANamedSubjectOrAfterTheTriggerIsNotThePersonNamedBefore(String body) {
        // given: the subject is named ("el canciller Álvaro Leyva"); the office is his principal, or the one met
        List<EventMention> found = mentions(body);

        // then: the meeting's people are those the sentence names, not the visitor of the sentence before
        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING).isNotEmpty()
                .allSatisfy(m -> assertThat(m.participants()).extracting(Participant::name)
                        .contains("Álvaro Leyva").doesNotContain("Gustavo Petro"));
    }
}
