package org.diplomatictimeline.extract;

import static org.diplomatictimeline.extract.ArticleMentions.first;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How French, Italian, Spanish and Portuguese sentences give an event its place, speaker, party and date: the
 * article's own prepositions and pronouns, local city names, the speaker after the verb, the date opening the
 * sentence.
 */
class RomanceClauseArgumentsTest {

    private static List<String> names(EventMention m) {
        return m.participants().stream().map(Participant::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La presidente del Consiglio è arrivata oggi a Nuova Delhi per una visita ufficiale in India.   | New Delhi
            O Presidente angolano chegou esta sexta-feira a Lisboa para uma visita oficial a Portugal.      | Lisbon
            La presidenta de la Comisión llegó el jueves a Montevideo para una visita oficial a Uruguay.  | Montevideo
            La ministre est arrivée lundi à Varsovie pour une visite officielle en Pologne.                 | Warsaw
            """)
    void aCityAfterTheArticlesOwnPrepositionAndInItsLocalSpellingPlacesTheVisit(String body, String city) {
        EventMention visit = first(mentions("2023-03-03", body), EventType.VISIT);

        assertThat(visit.places()).extracting(Place::name).containsExactly(city);
    }

    @Test
    void theEnglishArticleABeforeACityDoesNotPlaceTheEvent() {
        EventMention meeting = first(mentions("2023-03-03",
                "The foreign minister met a Lisbon business delegation on Monday."), EventType.MEETING);

        assertThat(meeting.places()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le 4 décembre, le président Emmanuel Macron a annoncé de nouvelles mesures pour le Sahel.   | 2019-12-04
            El 4 de diciembre, Emmanuel Macron anunció nuevas medidas para el Sahel.                    | 2019-12-04
            On December 4, Emmanuel Macron announced new measures for the Sahel.                        | 2019-12-04
            """)
    void aDateOpeningTheSentenceDatesTheStatementOfItsMainClause(String body, String day) {
        EventMention statement = first(mentions("2019-12-16", body), EventType.STATEMENT);

        assertThat(statement.when().value()).isEqualTo(day);
        assertThat(names(statement)).contains("Emmanuel Macron");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "Es un día histórico para nuestra región", afirmó el presidente argentino Javier Milei.    | Javier Milei
            « Nous ne céderons pas », a déclaré Emmanuel Macron.                                        | Emmanuel Macron
            «Es un paso histórico», afirmó Von der Leyen en una conferencia de prensa en la capital.    | Ursula von der Leyen
            "Siamo pronti", ha dichiarato Giorgia Meloni durante una conferenza stampa a Roma.           | Giorgia Meloni
            """)
    void aSpeakerNamedAfterTheVerbMakesTheStatement(String body, String speaker) {
        EventMention statement = first(mentions("2024-12-06", body), EventType.STATEMENT);

        assertThat(names(statement)).contains(speaker);
    }

    @Test
    void aPlaceAfterTheVerbOfAQuoteIsNoSpeaker() {
        List<EventMention> found = mentions("2021-06-11", "\"The capital wants other partners,\" said a researcher "
                + "at a Jakarta think tank.");

        assertThat(found).noneMatch(m -> m.type() == EventType.STATEMENT);
    }

    @Test
    void aFrenchSubjectPronounPointsBackToThePersonNamedBefore() {
        List<EventMention> found = mentions("2023-01-06", "Le pape François arrivera le 31 janvier à Kinshasa. "
                + "Il doit y rencontrer le président Félix Tshisekedi.");

        assertThat(names(first(found, EventType.MEETING))).contains("Pope Francis", "Felix Tshisekedi");
    }

    @Test
    void theItalianArticleIlIsNoPronoun() {
        List<EventMention> found = mentions("2024-01-20", "Giorgia Meloni ha parlato ieri ai giornalisti. "
                + "Il vertice tra Russia e Ucraina si terrà lunedì a Ginevra.");

        assertThat(names(first(found, EventType.SUMMIT))).doesNotContain("Giorgia Meloni");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le sommet de l'Union africaine aura lieu lundi à Addis-Abeba.
            Il vertice dell'Unione africana avrà luogo lunedì ad Addis Abeba, con i capi di Stato del continente.
            La cumbre de la Unión Africana tendrá lugar el lunes en Adís Abeba.
            """)
    void aSummitThatWillTakePlaceIsPlanned(String body) {
        // (each sentence long enough for its language to be identified: the own prepositions are read by it)
        EventMention summit = first(mentions("2024-01-17", body), EventType.SUMMIT);

        assertThat(summit.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(summit.places()).extracting(Place::name).containsExactly("Addis Ababa");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            L'Arabie saoudite et l'Égypte ont rompu lundi leurs relations diplomatiques avec le Qatar. | Egypt
            Il ministro ha incontrato ieri a Roma il presidente dell'Ucraina per discutere degli aiuti. | Ukraine
            """)
    void aCountryWithAnElidedArticleJoinedToItIsStillNamed(String body, String country) {
        List<EventMention> found = mentions("2017-06-06", body);

        assertThat(found).anySatisfy(m -> assertThat(names(m)).contains(country));
    }

    @Test
    void anElidedArticleJoinsOnlyANameOpeningWithAVowelOrH() {
        assertThat(LanguageFolders.withProclitics("fr", "Égypte"))
                .contains("l'Égypte", "d'Égypte", "L'Égypte");
        assertThat(LanguageFolders.withProclitics("fr", "Tchad"))
                .containsExactly("Tchad");
    }

    @Test
    void theElyseeAfterItsElidedArticleSpeaksForFrance() {
        EventMention statement = first(mentions("2019-12-16", "La réunion des chefs d'État africains aura lieu "
                + "le 13 janvier à Dakar, a annoncé l'Élysée."), EventType.STATEMENT);

        assertThat(names(statement)).contains("France");
    }
}
