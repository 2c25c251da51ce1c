package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An encounter told without a place in a story filed from a dateline city is held there when the clause says "here"
 * in the article's language, or when it falls within days of the report and a party is of the city's country
 * ({@link DatelinePlace}); a city set off after "in its capital," is where the act happened.
 */
class DatelinePlaceTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<String> places(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2022-05-04", body)).stream()
                .filter(m -> m.type() != EventType.STATEMENT && m.type() != EventType.VISIT)
                .flatMap(m -> m.places().stream()).map(Place::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NAIROBI, May 3 (Newswire) - Kenyan President Daniel Mwangi held talks with Tanzanian President Amani Juma on Tuesday. | Nairobi
            ADDIS ABABA - The foreign ministers of Sudan and Chad met here on Tuesday to discuss the border. | Addis Ababa
            RABAT — Le ministre algérien Karim Belhadi a rencontré ici mardi son homologue mauritanien. | Rabat
            BERLIN: Der polnische Außenminister Marek Zalewski traf sich hier am Dienstag mit dem Kanzler Jonas Weber. | Berlin
            """)
    void anEncounterWithoutPlaceIsInTheDatelineCity(String body, String city) {
        assertThat(places(body)).isNotEmpty().containsOnly(city);
    }

    @Test
    void anEncounterOfNoHostPartyAwayFromTheDatelineKeepsNoPlace() {
        // given: a story filed from Nairobi about talks between two other countries, without "here"
        List<String> found = places("NAIROBI, May 3 (Newswire) - The presidents of Slovakia and Slovenia, Juraj "
                + "Kollar and Matej Zupan, held talks on Tuesday.");

        // then: nothing says the talks were in Nairobi
        assertThat(found).doesNotContain("Nairobi");
    }

    @Test
    void aCitySetOffAfterTheCapitalIsWhereTheCeremonyWas() {
        List<String> found = places("Ruritania celebrated its independence with a ceremony in its capital, Windhoek, "
                + "on Tuesday.");

        assertThat(found).contains("Windhoek");
    }
}
