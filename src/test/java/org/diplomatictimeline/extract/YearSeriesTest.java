package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Earlier occasions an article lists as a series of years, each alone or with its own country or place ("after Peru
 * in 1987 and Chile in 1998", "Quito (Ecuador, 2005) y Lima (Perú, 2011)", "عامي 1995 و2004"), are one event per
 * year, not one event dated by the first year; years joined by anything else are no series. Sentences written for
 * this test.
 */
class YearSeriesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> events(String docDate, String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("y", docDate, body)), List.of()))
                .events();
    }

    private static List<Event> ofType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Norway signed the accord with Ecuador on Tuesday. It is the third treaty Norway has signed with Andean states, after Peru in 1987 and Chile in 1998.
            fr | La Norvège a signé l'accord avec l'Équateur mardi. C'est le troisième traité signé par la Norvège avec un pays andin, après le Pérou en 1987 et le Chili en 1998.
            """)
    void treatiesListedWithTheirPartnersAndYearsAreOneEventEach(String language, String body) {
        List<Event> treaties = ofType(events("2021-05-12", body), EventType.AGREEMENT);

        assertThat(treaties).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("1987");
            assertThat(e.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Peru"))
                    .noneSatisfy(p -> assertThat(p.name()).isEqualTo("Chile"));
        });
        assertThat(treaties).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("1998");
            assertThat(e.participants()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Chile"))
                    .noneSatisfy(p -> assertThat(p.name()).isEqualTo("Peru"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            es | Los cancilleres se reunieron el jueves en Asunción. El secretario recordó las cumbres anteriores de Quito (Ecuador, 2005) y Lima (Perú, 2011).
            it | I ministri si sono riuniti giovedì ad Asunción. Il segretario ha ricordato i vertici precedenti di Quito (Ecuador, 2005) e Lima (Perù, 2011).
            """)
    void summitsListedWithTheirCityAndYearInBracketsAreHeldThere(String language, String body) {
        List<Event> summits = ofType(events("2017-10-19", body), EventType.SUMMIT);

        assertThat(summits).anySatisfy(e -> {
            assertThat(e.when().value()).isEqualTo("2011");
            assertThat(e.place()).isNotNull();
            assertThat(e.place().name()).isEqualTo("Lima");
        });
        assertThat(summits).anySatisfy(e -> assertThat(e.when().value()).isEqualTo("2005"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The African summit opened in Rabat on Monday. It is the third summit hosted by Morocco, after summits held there in 1995 and 2004.
            ar | افتتحت القمة الأفريقية في الرباط يوم الاثنين، وهي الثالثة التي يستضيفها المغرب بعد أن عقدت قمتان بها عامي 1995 و2004.
            """)
    void twoEarlierSummitsToldByTheirYearsAloneAreTwoEvents(String language, String body) {
        List<Event> summits = ofType(events("2019-12-09", body), EventType.SUMMIT);

        assertThat(summits).extracting(e -> e.when().value()).contains("1995", "2004");
    }

    @Test
    void anActSignedInOneYearAndRatifiedInAnotherIsNoSeries() {
        List<Event> treaties = ofType(events("2020-03-10", "The minister met the king on Tuesday. The treaty,"
                + " signed in 2013 and ratified in 2014, was praised."), EventType.AGREEMENT);

        assertThat(treaties).noneMatch(e -> e.when().value().equals("2014"));
    }

    @Test
    void yearsAfterTheArticlesAreNoEarlierOccasions() {
        List<Event> summits = ofType(events("2020-03-10", "The two countries agreed on Tuesday to hold summits in"
                + " 2021 and 2022."), EventType.SUMMIT);

        assertThat(summits).noneMatch(e -> e.when().value().equals("2022"));
    }
}
