package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A region too wide to be where something happened (a continent, a hemisphere, "Eastern Europe": regions.tsv flag
 * broad) is never an event's place, while a territory still is; sentences written for this test.
 */
class BroadRegionPlaceTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "President Ana Duarte and Chancellor Erik Lund signed an agreement on Monday on missile defence in Eastern Europe.",
        "The leaders of every nation in the Western Hemisphere gathered on Monday for a summit.",
        "Foreign Minister Tomas Berg held talks on Monday with his counterpart about stability in the Middle East.",
    })
    void aBroadRegionIsNoPlace(String body) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2031-05-06", body));

        assertThat(found).isNotEmpty().allSatisfy(m -> assertThat(m.places()).extracting(Place::kind)
                .doesNotContain(PlaceKind.REGION));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit of the two presidents took place on Monday in Abkhazia.  | Abkhazia
            The summit of the two presidents took place on Monday in Crimea.    | Crimea
            """)
    void aTerritoryStaysAPlace(String body, String place) {
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2031-05-06", body));

        assertThat(found).anySatisfy(m -> assertThat(m.places()).extracting(Place::name).contains(place));
    }
}
