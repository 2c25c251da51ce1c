package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;
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

    /**
     * The arrival's visitor and place are those of its own words ("arrived in Oslo"), never the partner or place of
     * the occasion set against it ("ahead of his summit with X in Y"); the summit keeps its own and is dated from it.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-03-02 | President Anton Norvald arrived in Oslo on Monday, two days ahead of his summit with Finnish President Mira Kellner in Helsinki. | 2019-02-25 | 2019-02-27
            2019-03-02 | Le président Anton Norvald est arrivé lundi à Oslo, deux jours avant son sommet avec la présidente finlandaise Mira Kellner à Helsinki. | 2019-02-25 | 2019-02-27
            """)
    void theArrivalKeepsItsOwnPlaceAndVisitor(String date, String body, String arrival, String summit) {
        List<Event> events = events(date, body);

        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.VISIT);
            assertThat(e.when().value()).isEqualTo(arrival);
            assertThat(e.place()).isNotNull().extracting(Place::name).isEqualTo("Oslo");
            assertThat(e.participants()).extracting(Participant::name).anyMatch(n -> n.contains("Norvald"))
                    .noneMatch(n -> n.contains("Kellner") || n.equals("Finland"));
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SUMMIT);
            assertThat(e.when().value()).isEqualTo(summit);
            assertThat(e.place()).isNotNull().extracting(Place::name).isEqualTo("Helsinki");
            assertThat(e.participants()).extracting(Participant::name).anyMatch(n -> n.contains("Kellner"));
        });
    }
}
