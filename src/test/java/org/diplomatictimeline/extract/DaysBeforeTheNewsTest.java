package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The announcement comes a day after the summit in Quito": a sentence that tells the article's own news in the
 * present sets the event its day count points at that many days before the article's date, not after an encounter
 * the article told earlier, and not on the article's day.
 */
class DaysBeforeTheNewsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> summits(String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("n", "2022-03-01", body)),
                List.of()));
        return model.events().stream().filter(e -> e.type() == EventType.SUMMIT).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English, a day | The summit of Chile and Peru will take place on 14 April, the ministry announced. The "
            + "announcement comes a day after the emergency summit held in Quito. | 2022-02-28",
        "English, two days | The decision comes two days after the emergency summit held in Quito. | 2022-02-27",
        "French, au lendemain | Le sommet du Chili et du Pérou aura lieu le 14 avril, a annoncé le ministère. "
            + "L'annonce intervient au lendemain du sommet extraordinaire qui s'est tenu à Quito. | 2022-02-28",
    })
    void theCountedEventLiesBeforeTheArticlesDay(String name, String body, String expected) {
        List<Event> quito = summits(body).stream()
                .filter(e -> e.place() != null && e.place().name().equals("Quito")).toList();

        assertThat(quito).hasSize(1);
        assertThat(quito.get(0).when().value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a past narrative: the day count is against the sentence's own date, as before
        "a dated sentence | The ministers met in Lima on Friday, a day after the summit held in Quito. | 2022-02-24",
    })
    void aSentenceWithADateOfItsOwnStillCountsFromThatDate(String name, String body, String expected) {
        assertThat(summits(body)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isEqualTo(expected));
    }
}
