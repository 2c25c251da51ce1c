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
 * How French, Spanish, Italian and Portuguese news tells an encounter: a meal a host offers or shares, a title whose
 * complement is set off by commas before the name, a name followed by its office, a date that belongs to the
 * communiqué named in an opening phrase rather than to the visit the sentence tells, and a part of the day told after
 * a dated encounter. Sentences written for this test.
 */
class RomanceNewsReadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            La ministra de Exteriores, Lucía Ferrer Soto, ofreció un almuerzo a los embajadores de Japón el martes.   | Lucía Ferrer Soto
            Le président Paul Garnier a offert un dîner à son homologue du Ghana mardi à Paris.                        | Paul Garnier
            Il ministro degli Esteri, Paolo Ferrante, ha offerto un pranzo all'ambasciatore del Giappone.              | Paolo Ferrante
            O primeiro-ministro, Rui Sarmento, almoçou com o embaixador do Japão na terça-feira.                        | Rui Sarmento
            """)
    void aMealTheHostOffersOrSharesIsAMeetingOfTheHost(String body, String host) {
        EventMention meeting = first(mentions("2021-03-10", body), EventType.MEETING);

        assertThat(meeting.participants()).extracting(Participant::name).contains(host);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il déjeunera avec Gérard Lenoir, le président du Sénat, à Paris.           | Gérard Lenoir
            El rey se reunió con Ana Beltrán Ruiz, la alcaldesa de Lima, en el palacio. | Ana Beltrán Ruiz
            """)
    void aFullNameFollowedByItsOfficeIsAParty(String body, String guest) {
        EventMention meeting = first(mentions("2021-03-10", body), EventType.MEETING);

        assertThat(meeting.participants()).extracting(Participant::name).contains(guest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            En seguimiento del comunicado conjunto del pasado 2 de marzo, el canciller peruano, Luis Ortega, visitó Colombia.
            Following the joint communique of March 2, Peru's foreign minister, Luis Ortega, visited Colombia.
            Dans le prolongement du communiqué conjoint du 2 mars, le ministre péruvien, Luis Ortega, s'est rendu en Colombie.
            """)
    void aDateQualifyingTheCommuniqueOfAnOpeningPhraseDoesNotDateTheVisit(String body) {
        EventMention visit = first(mentions("2021-03-10", body), EventType.VISIT);

        assertThat(visit.when().value()).isNotEqualTo("2021-03-02");
    }

    @Test
    void aPartOfTheDayToldAfterADatedMeetingIsThatMeetingsDay() {
        String body = "Il 4 marzo il presidente Carlo Bellini ha incontrato il cancelliere Hans Vogt a Berlino. "
                + "Nel pomeriggio, Bellini ha incontrato il sindaco di Berlino, Klaus Richter.";

        List<EventMention> found = mentions("2021-03-10", body);

        assertThat(found).filteredOn(m -> m.participants().stream().anyMatch(p -> p.name().equals("Klaus Richter")))
                .isNotEmpty().allSatisfy(m -> assertThat(m.when().value()).isEqualTo("2021-03-04"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Otros 28 países expulsaron a diplomáticos rusos el 26 de marzo.
            Le gouvernement a décidé d'expulser deux diplomates russes le 26 mars.
            Il governo ha deciso di espellere due diplomatici russi il 26 marzo.
            Outros países expulsaram diplomatas russos no dia 26 de março.
            """)
    void expulsionsAreReadInEveryTense(String body) {
        assertThat(mentions("2021-03-30", body)).extracting(EventMention::type).contains(EventType.EXPULSION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente Tomás Ibarra recibió el 2 de marzo al canciller Luis Ortega en la capital chilena.  | Santiago
            Le président Paul Garnier a rencontré le 2 mars Hans Vogt dans la capitale allemande.              | Berlin
            Il presidente Carlo Bellini ha incontrato il 2 marzo Hans Vogt nella capitale tedesca.            | Berlin
            O presidente Rui Sarmento reuniu-se a 2 de março com Hans Vogt na capital alemã.                  | Berlin
            """)
    void theCapitalNamedByTheCountrysAdjectiveIsTheMeetingsCity(String body, String city) {
        EventMention meeting = first(mentions("2021-03-10", body), EventType.MEETING);

        assertThat(meeting.places()).extracting(Place::name).contains(city);
    }
}
