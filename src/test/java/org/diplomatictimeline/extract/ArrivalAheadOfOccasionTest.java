package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An arrival on a day set before an occasion ("arrived on Monday, two days before the summit") is told as a visit
 * of its own on that day, beside the occasion set against it, in every language with the cues.
 */
class ArrivalAheadOfOccasionTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> events(String date, String body) {
        return EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("a", date, body)), List.of())).events();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-03-02 | President Anton Norvald arrived in Oslo on Monday, two days before the Nordic summit.       | 2019-02-25 | 2019-02-27
            2019-03-02 | Le président Anton Norvald est arrivé lundi à Oslo, à la veille du sommet nordique.          | 2019-02-25 | 2019-02-26
            """)
    void theArrivalKeepsTheDayAndTheOccasionLiesAfterIt(String date, String body, String arrival, String summit) {
        List<Event> events = events(date, body);

        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.VISIT);
            assertThat(e.when().value()).isEqualTo(arrival);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SUMMIT);
            assertThat(e.when().value()).isEqualTo(summit);
        });
    }
}
