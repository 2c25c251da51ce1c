package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place word after a preposition and an article of the article's own language ("in die Türkei", "en el Perú")
 * is governed by the preposition as it is in English ("to the United States"): the trip goes there.
 */
class ArticleBeforePlaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "German | Kanzler Max Berger reiste am Mittwoch zu einem zweitägigen Besuch in die Türkei. | Turkey",
        "English | Chancellor Max Berger travelled on Wednesday to the Philippines for a two-day visit. | Philippines",
    })
    void thePrepositionGovernsAcrossTheArticle(String name, String body, String place) {
        EventModel model = ArticleExtraction.model(body);

        assertThat(model.events()).isNotEmpty()
                .anySatisfy(e -> assertThat(e.place()).extracting(Place::name).isEqualTo(place));
    }
}
