package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.ArticleMentions.first;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French, Spanish, Italian and Portuguese occasions read from their language folders: the city an occasion is
 * "of", two days joined by "and", office holders named by a title and a demonym, working meals, speakers before an
 * apposition, surnames with a capital particle.
 */
class RomanceOccasionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La cumbre de Quito, prevista para el 20 de marzo, fue aplazada por los presidentes de la región.  | Quito
            Il vertice di Madrid, previsto per il 15 aprile, è stato rinviato dai capi di governo europei.     | Madrid
            A cimeira de Lisboa, marcada para 20 de março, foi adiada pelos chefes de Estado da região.       | Lisbon
            Le sommet de Dakar, prévu le 15 mars, a été reporté par les chefs d'État de la région.            | Dakar
            """)
    void aCityJoinedToTheOccasionByTheLanguagesOfPlacesIt(String body, String city) {
        EventMention summit = first(mentions("2021-03-10", body), EventType.SUMMIT);

        assertThat(summit.places()).extracting(Place::name).containsExactly(city);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le chef de la diplomatie russe se rendra à Alger les 23 et 24 mars pour une visite officielle.
            El canciller ruso llegará a Argel el 23 y 24 de marzo para una visita oficial a Argelia.
            Il ministro russo arriverà ad Algeri il 23 e 24 marzo per una visita ufficiale in Algeria.
            O ministro russo chegará a Argel nos dias 23 e 24 de março para uma visita oficial à Argélia.
            """)
    void twoDaysJoinedByAndDateTheEventFromTheFirstToTheSecond(String body) {
        EventMention visit = first(mentions("2021-03-10", body), EventType.VISIT);

        assertThat(visit.when().value()).isEqualTo("2021-03-23");
        assertThat(visit.when().endValue()).isEqualTo("2021-03-24");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le 8 mars, le Premier ministre ivoirien Anatole Kouassi a déploré la hausse des prix du pain.     | Anatole Kouassi
            El 8 de marzo, el primer ministro keniano Anatole Kouassi anunció una subida de los precios.       | Anatole Kouassi
            L'8 marzo il primo ministro olandese Anatole Kouassi ha annunciato un aumento dei prezzi.          | Anatole Kouassi
            """)
    void aTitleWithADemonymNamesTheOfficeHolderAfterIt(String body, String speaker) {
        EventMention statement = first(mentions("2021-03-10", body), EventType.STATEMENT);

        assertThat(statement.participants()).extracting(Participant::name).contains(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il 23 marzo è in agenda un pranzo di lavoro con il ministro degli Esteri Antonio Bianchi.
            Le 23 mars, le président offrira un déjeuner de travail au ministre Antoine Lebrun.
            El 23 de marzo el presidente ofrecerá un almuerzo de trabajo al ministro Antonio Pérez.
            No dia 23 de março o presidente oferece um almoço de trabalho ao ministro António Pereira.
            """)
    void aWorkingMealIsAMeeting(String body) {
        EventMention meal = first(mentions("2021-03-10", body), EventType.MEETING);

        assertThat(meal.when().value()).isEqualTo("2021-03-23");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le 7 mars, le président Anatole Kouassi, par ailleurs président en exercice de l'Union, a annoncé une hausse des prix. | Anatole Kouassi
            El 7 de marzo, el presidente Anatole Kouassi, líder de la Unión Africana, anunció una subida de los precios.      | Anatole Kouassi
            """)
    void aSpeakerBeforeANounAppositionMakesTheStatementOfTheVerbAfterIt(String body, String speaker) {
        EventMention statement = first(mentions("2021-03-10", body), EventType.STATEMENT);

        assertThat(statement.participants()).extracting(Participant::name).contains(speaker);
    }

    @Test
    void aRelativeClauseBetweenSpeakerAndVerbLendsTheStatementNoSpeaker() {
        List<EventMention> found = mentions("2021-03-10", "Le 7 mars, le président Anatole Kouassi, qui se rendra "
                + "demain à Paris, a annoncé une hausse des prix du pain.");

        assertThat(found).noneMatch(m -> m.type() == EventType.STATEMENT
                && m.participants().stream().anyMatch(p -> p.name().equals("Anatole Kouassi")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il ministro degli Esteri Luigi Di Stefano ha incontrato ieri a Roma il ministro francese Antoine Lebrun. | Luigi Di Stefano
            O presidente Carlos Da Costa reuniu-se ontem em Lisboa com o primeiro-ministro António Pereira.        | Carlos Da Costa
            """)
    void aSurnameParticleWrittenWithACapitalStaysInTheName(String body, String person) {
        EventMention meeting = first(mentions("2021-03-10", body), EventType.MEETING);

        assertThat(meeting.participants()).extracting(Participant::name).contains(person);
    }
}
