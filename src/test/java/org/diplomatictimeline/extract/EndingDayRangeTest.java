package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An occasion of several days told by the day it ended ("the two-day summit concluded on Sunday") runs up to that
 * day; told by the day it opened, it runs from it.
 */
class EndingDayRangeTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static Event summit(String date, String body) {
        List<Event> events = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("w", date, body)),
                List.of())).events();
        return events.stream().filter(e -> e.type() == EventType.SUMMIT).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-13 | The two-day summit of Andean leaders in Quito concluded on Sunday with a pledge on water. | 2025-05-10 | 2025-05-11
            2025-05-13 | A three-day summit of Andean leaders ended on May 11 in Quito.                              | 2025-05-09 | 2025-05-11
            2025-05-13 | A two-day summit of Andean leaders opened in Quito on Sunday.                              | 2025-05-11 | 2025-05-12
            """)
    void aSeveralDayOccasionToldByItsLastDayRunsUpToIt(String date, String body, String first, String last) {
        Event s = summit(date, body);

        assertThat(s.when().value()).isEqualTo(first);
        assertThat(s.when().endValue()).isEqualTo(last);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-04 | Opening today, to close on Thursday, March 6, the summit of Andean leaders meets in Quito.   | 2025-03-04
            2025-03-04 | Si apre oggi 4 marzo, per chiudersi giovedì 6, il vertice dei leader andini a Quito.          | 2025-03-04
            2025-03-04 | Se inaugura hoy, 4 de marzo, para clausurar el jueves 6, la cumbre de líderes andinos en Quito. | 2025-03-04
            """)
    void anOccasionStartsOnItsOtherDateWhenAVerbOfClosingGovernsTheNearestOne(String date, String body,
                                                                               String first) {
        assertThat(summit(date, body).when().value()).isEqualTo(first);
    }
}
