package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tour told as one visit over as many days as it names host countries is also one visit a day, the countries in
 * the order told, and an encounter with one host's party falls on that host's day ({@link TourLegs}).
 */
class TourLegsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-04-28", body));
    }

    /** "day place" of every one-day visit found, in order. */
    private static List<String> legs(List<EventMention> found) {
        return found.stream().filter(m -> m.type() == EventType.VISIT && m.when().isKnown()
                        && m.when().endValue() == null && m.when().value().length() == 10 && !m.places().isEmpty())
                .map(m -> m.when().value() + " " + m.places().stream().map(Place::name).findFirst().orElse(""))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Swedish Foreign Minister Lena Holm will travel to Chile, Peru and Ecuador from 3 to 5 May.
            Le Premier ministre suédois Lars Holm se rendra du 3 au 5 mai au Chili, au Pérou et en Équateur.
            Die schwedische Außenministerin Lena Holm reist vom 3. bis 5. Mai nach Chile, Peru und Ecuador.
            La canciller sueca Lena Holm visitará Chile, Perú y Ecuador del 3 al 5 de mayo.
            """)
    void aTourOfACountryADaySplitsIntoLegsInTheOrderTold(String body) {
        List<EventMention> found = mentions(body);

        assertThat(legs(found)).containsSubsequence("2022-05-04 Peru", "2022-05-05 Ecuador");
    }

    @Test
    void aTourOfFewerCountriesThanDaysStaysOneVisit() {
        // given: two countries over three days: nothing says which day is whose
        List<EventMention> found = mentions("Swedish Foreign Minister Lena Holm will travel to Chile and Peru from "
                + "3 to 5 May.");

        // then: no visit of one day
        assertThat(legs(found)).isEmpty();
    }

    @Test
    void anEncounterWithOneHostsPartyFallsOnThatHostsDay() {
        // given: the tour, then a meeting with the second host's president told without a day
        List<EventMention> found = mentions("Swedish Foreign Minister Lena Holm will travel to Chile, Peru and "
                + "Ecuador from 3 to 5 May. Holm will hold talks with Peruvian President Ana Rojas.");

        // then: the talks are on the Peruvian day
        assertThat(found).filteredOn(m -> m.type() != EventType.VISIT && m.type() != EventType.STATEMENT
                        && m.participants().stream().anyMatch(p -> p.name().contains("Rojas")))
                .isNotEmpty().allMatch(m -> "2022-05-04".equals(m.when().value()));
    }
}
