package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic sets an occasion against the day of the sentence as the other languages do ("عشية القمة", "قبل القمة",
 * "بعد القمة", with the Arabic comma ending the phrase): the arrival keeps its day, the summit lies on the day after
 * it, or after or before it, never on it.
 */
class ArabicOccasionCuesTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2031-06-18 | وصل الرئيس التونسي يوم الاثنين إلى الرباط، عشية القمة العربية.  | VISIT   | 2031-06-16 | 2031-06-17
            2031-06-18 | وصل الرئيس التونسي يوم الاثنين إلى الرباط، قبل القمة العربية.   | VISIT   | 2031-06-16 | 2031-06
            2031-06-18 | التقى الرئيس التونسي نظيره المغربي يوم الاثنين في الرباط، بعد القمة العربية. | MEETING | 2031-06-16 | 2031-06
            """)
    void theSummitIsSetAgainstTheDayOfTheEncounter(String date, String body, EventType encounter, String day,
                                                    String summit) {
        List<Event> events = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("a", date, body)),
                List.of())).events();

        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(encounter);
            assertThat(e.when().value()).isEqualTo(day);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SUMMIT);
            assertThat(e.when().value()).isEqualTo(summit);
        });
    }
}
