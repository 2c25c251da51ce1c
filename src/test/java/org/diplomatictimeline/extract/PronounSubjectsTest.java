package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A subject pronoun of the article's language stands for the person named before it, also where the verb comes
 * first ("Am 21. März trifft er ..."), and German present-tense travel verbs tell what lies ahead.
 */
class PronounSubjectsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<EventMention> mentions(String body) {
        return EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-03", body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Olaf Scholz wird am 20. März in Rom erwartet. Am 21. März trifft er dort Papst Franziskus.          | Olaf Scholz
            Владимир Путин прибудет в Минск 20 марта. 21 марта он проведет переговоры с Александром Лукашенко. | Vladimir Putin
            Presiden Joko Widodo akan tiba di Tokyo pada 20 Maret. Pada 21 Maret, ia akan bertemu Fumio Kishida. | Joko Widodo
            """)
    void aPronounAfterTheNameIsThePersonNamedBefore(String body, String person) {
        List<EventMention> found = mentions(body);

        assertThat(found).anySatisfy(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-21");
            assertThat(m.participants()).extracting(Participant::name).contains(person);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bundeskanzler Olaf Scholz reist am Montag nach Paris und trifft dort Präsident Emmanuel Macron.
            Am Montag trifft Olaf Scholz in Paris den Präsidenten Emmanuel Macron.
            """)
    void aGermanPresentTravelVerbPointsTheWeekdayForward(String body) {
        // 2021-03-03 is a Wednesday: the coming Monday is 8 March, the last one 1 March.
        EventMention meeting = mentions(body).stream().filter(m -> m.type() == EventType.MEETING).findFirst()
                .orElseThrow();

        assertThat(meeting.when().value()).isEqualTo("2021-03-08");
    }
}
