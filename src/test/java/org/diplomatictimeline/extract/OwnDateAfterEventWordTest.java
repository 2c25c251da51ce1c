package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An event word followed by its own date in its own stretch of the sentence ("since his election on 4 May") takes
 * that date, not a weekday told before it across a comma for another stop of the trip, however long the word is.
 */
class OwnDateAfterEventWordTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2031-06-14 | Le président Tomas Arvel est arrivé samedi à Cotonou pour sa deuxième tournée à l'étranger, après une escale faite mardi au Togo, depuis son élection comme président le 9 mai. | 2031-05-09
            """)
    void theElectionTakesTheDateAfterItsWord(String date, String body, String election) {
        List<Event> events = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("a", date, body)),
                List.of())).events();

        assertThat(events).filteredOn(e -> e.type() == EventType.ELECTION)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.when().value()).isEqualTo(election));
    }
}
