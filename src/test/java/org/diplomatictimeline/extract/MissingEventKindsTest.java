package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleMentions.mentions;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinds of events the extractor used to pass over: a dated massacre, an envoy ordered out or told to leave the
 * country, a call told by its verb or its purpose, and a background attack a year names over a city and a noun
 * ("the 2009 Lyon bomb attacks"). Sentences, people and places written for this test.
 */
class MissingEventKindsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The government condemned the massacre of 40 villagers in the town of Orlov on 3 June.
            Le gouvernement a condamné le massacre de 40 villageois à Orlov le 3 juin.
            El gobierno condenó la masacre de 40 aldeanos en Orlov el 3 de junio.
            Il governo ha condannato il massacro di 40 abitanti a Orlov il 3 giugno.
            O governo condenou o massacre de 40 aldeões em Orlov no dia 3 de junho.
            Die Regierung verurteilte das Massaker an 40 Dorfbewohnern in Orlov am 3. Juni.
            """)
    void aDatedMassacreIsAMilitaryAction(String body) {
        assertThat(mentions("2031-06-10", body)).filteredOn(m -> m.type() == EventType.MILITARY_ACTION)
                .anySatisfy(m -> assertThat(m.when().value()).isEqualTo("2031-06-03"));
    }

    @Test
    void anUndatedMassacreStaysBackground() {
        assertThat(mentions("2031-06-10", "The envoy spoke about a massacre that shocked the region."))
                .extracting(EventMention::type).doesNotContain(EventType.MILITARY_ACTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Varnia on Tuesday ordered out 12 Zemblan diplomats over the affair.
            The Zemblan charge d'affaires was given 48 hours to leave the country on Tuesday.
            Die Regierung forderte am Dienstag zwei Diplomaten auf, binnen 48 Stunden das Land zu verlassen.
            """)
    void anEnvoyToldToGoIsExpelled(String body) {
        assertThat(mentions("2031-06-12", body)).extracting(EventMention::type).contains(EventType.EXPULSION);
    }

    @Test
    void aMinisterLeavingTheCountryIsNoExpulsion() {
        assertThat(mentions("2031-06-12", "The foreign minister is due to leave the country on Friday for a tour."))
                .extracting(EventMention::type).doesNotContain(EventType.EXPULSION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il premier Marco Vitali telefona al presidente Ivo Marek per preparare il vertice.
            President Ivo Marek called Marco Vitali to congratulate him on his victory on Monday.
            In the telephone talk on Monday, Ivo Marek and Marco Vitali reviewed the agenda.
            """)
    void aCallToldByItsVerbOrPurposeIsAPhoneCall(String body) {
        assertThat(mentions("2031-06-12", body)).extracting(EventMention::type).contains(EventType.PHONE_CALL);
    }

    @Test
    void aYearNamingACityAttackDatesItAndPlacesIt() {
        List<EventMention> found = mentions("2031-06-12",
                "The two leaders met under the shadow of the 2024 Lyon bomb attacks.");
        assertThat(found).filteredOn(m -> m.type() == EventType.MILITARY_ACTION).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo("2024");
            assertThat(m.places()).extracting(Place::name).contains("Lyon");
        });
    }

    @Test
    void aCityBeforeAVerbIsNoPlaceOfTheTalks() {
        List<EventMention> found = mentions("2031-06-12", "Lyon welcomed talks between the two leaders.");
        assertThat(found).filteredOn(m -> m.type() == EventType.TALKS)
                .allSatisfy(m -> assertThat(m.places()).extracting(Place::name).doesNotContain("Lyon"));
    }
}
