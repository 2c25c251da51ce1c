package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An election won or an office taken is the event of the one person elected or sworn in (event-types.tsv
 * {@code holder}), never of the guest at the ceremony, the visitor the sentence is about or the one he met.
 */
class OfficeHolderTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> ofType(String body, EventType type) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-12", body)).stream()
                .filter(m -> m.type() == type).toList();
    }

    /** The one event found is the given person's alone, on the given date. */
    private static void assertSingle(List<EventMention> found, String language, String person, String date) {
        assertThat(found).as(language).singleElement().satisfies(m -> {
            assertThat(people(m)).containsExactly(person);
            assertThat(m.when().value()).isEqualTo(date);
        });
    }

    private static List<String> people(EventMention m) {
        return m.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON).map(Participant::name)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | President Karl Huber will attend the inauguration of President Tomás Ibarra on Saturday.
            es | El presidente Karl Huber asistirá el sábado a la investidura del presidente Tomás Ibarra.
            fr | Le président Karl Huber assistera samedi à l'investiture du président Tomás Ibarra.
            pt | O presidente Karl Huber vai no sábado à posse do presidente Tomás Ibarra.
            it | Il presidente Karl Huber parteciperà sabato all'insediamento del presidente Tomás Ibarra.
            id | Presiden Karl Huber akan menghadiri pelantikan Presiden Tomás Ibarra pada hari Sabtu.
            """)
    void theGuestAtAnInaugurationIsNotTheOneSwornIn(String language, String body) {
        // when: a guest is told going to another's inauguration
        List<EventMention> found = ofType(body, EventType.INAUGURATION);

        // then: the inauguration is the new president's alone, on Saturday, still to come
        assertThat(found).as(language).isNotEmpty().allSatisfy(m -> {
            assertThat(people(m)).containsExactly("Tomás Ibarra");
            assertThat(m.when().value()).isEqualTo("2022-04-16");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            it | La cancelliera Karla Brenner ha parlato martedì con il presidente Tomás Ibarra, che ha giurato il mese scorso.
            fr | La chancelière Karla Brenner a parlé mardi avec le président Tomás Ibarra, qui a prêté serment le mois dernier.
            es | La canciller Karla Brenner habló el martes con el presidente Tomás Ibarra, quien tomó posesión el mes pasado.
            """)
    void theOneARelativeClauseSwearsInIsTheNameBeforeIt(String language, String body) {
        // when: the one sworn in is named as the object of another verb, with a relative clause after his name
        List<EventMention> found = ofType(body, EventType.INAUGURATION);

        // then: he took office last month, and the speaker did not
        assertSingle(found, language, "Tomás Ibarra", "2022-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | President Tomás Ibarra has met Prime Minister Liam Doyle twice since he won the election in March.
            es | El presidente Tomás Ibarra ha visto dos veces al primer ministro Liam Doyle desde que ganó las elecciones en marzo.
            pt | O presidente Tomás Ibarra já esteve com o presidente Liam Doyle duas vezes desde que ganhou as eleições em março.
            """)
    void theOneWhoWonIsTheSubjectNotTheOneHeMet(String language, String body) {
        // when: the winner is the subject and another leader the object of the sentence
        List<EventMention> found = ofType(body, EventType.ELECTION);

        // then: the election is the winner's
        assertSingle(found, language, "Tomás Ibarra", "2022-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | President Tomás Ibarra arrived in Vienna on Monday. It is his first trip abroad since his inauguration in March.
            de | Präsident Tomás Ibarra ist am Montag in Velmora angekommen. Es handelt sich um seine erste Reise ins Ausland seit seinem Amtsantritt im März.
            """)
    void hisInaugurationIsThePersonHisPointsBackTo(String language, String body) {
        // when: the inauguration is told by a possessive
        List<EventMention> found = ofType(body, EventType.INAUGURATION);

        // then: it is the traveller's, in March
        assertSingle(found, language, "Tomás Ibarra", "2022-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | President Karl Huber said on Tuesday that Senator Karla Brenner was elected speaker of the parliament.
            """)
    void theNearestNameBeforeTheVerbIsElectedNotTheTeller(String language, String body) {
        // when: the one elected is named in the reported clause, after the one who tells it
        List<EventMention> found = ofType(body, EventType.ELECTION);

        // then: she is the one elected, not the president who tells it
        assertSingle(found, language, "Karla Brenner", "2022-04-12");
    }
}
