package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act done at an occasion whose clause names no party, place or day ("four memoranda were signed") is the act of
 * the dated encounter just told, on its day, an event beside it; an act with a day of its own keeps that day.
 */
class PartylessActTest {

    private static final String HEADER = "2021-03-10"; // a Wednesday: "Monday" is 2021-03-08

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Lena Holm received President Karl Brenner in Oslo on Monday. Four memoranda of understanding were signed.",
        "Il primo ministro Lena Holm ha ricevuto lunedì a Oslo il presidente Karl Brenner. Durante l'incontro sono stati firmati quattro accordi.",
        "La primera ministra Lena Holm recibió el lunes en Oslo al presidente Karl Brenner. En la reunión fueron firmados cuatro acuerdos.",
    })
    void aSigningNamingNoPartyIsTheActOfTheTalksJustToldOnTheirDay(String body) {
        List<Event> events = ArticleExtraction.events(HEADER, body);

        assertThat(events).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2021-03-08");
            assertThat(e.participants()).extracting(p -> p.name()).contains("Karl Brenner");
        });
        assertThat(events).filteredOn(e -> e.type() != EventType.AGREEMENT && e.type() != EventType.STATEMENT)
                .isNotEmpty();
    }

    @Test
    void aSigningWithADayOfItsOwnKeepsIt() {
        // given: the act's sentence dates it itself
        String body = "Prime Minister Lena Holm received President Karl Brenner in Oslo on Monday. "
                + "A first fisheries accord was signed in 2015.";

        // then: no signing is put on the talks' day
        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .noneSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-03-08"));
    }

    @Test
    void aPassiveSigningWithNoOccasionBeforeItStaysUnplaced() {
        String body = "Four memoranda of understanding were signed.";

        assertThat(ArticleExtraction.events(HEADER, body)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }
}
