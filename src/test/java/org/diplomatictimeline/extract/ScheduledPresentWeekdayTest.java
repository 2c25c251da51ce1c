package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb of the present with no cue of tense, dated by a bare weekday in a sentence of prose, tells the programme
 * ahead ("He then travels to Riga on Friday"), while the past tense and a noun after a determiner keep the past.
 */
class ScheduledPresentWeekdayTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static Event visitTo(String date, String body, String country) {
        List<Event> events = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("s", date, body)),
                List.of())).events();
        return events.stream().filter(e -> e.type() == EventType.VISIT)
                .filter(e -> e.participants().stream().anyMatch(p -> p.name().equals(country)))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-03-03 | President Anton Norvald arrived in Estonia on Wednesday. He then travels to Latvia on Friday.  | 2021-03-05 | PLANNED
            2021-03-03 | President Anton Norvald arrived in Estonia on Wednesday. On Friday he heads to Latvia.         | 2021-03-05 | PLANNED
            2021-03-03 | Am Mittwoch war Präsident Anton Norvald in Estland. Am Freitag reist er nach Lettland.        | 2021-03-05 | PLANNED
            2021-03-03 | President Anton Norvald travelled to Latvia on Friday.                                        | 2021-02-26 | HAPPENED
            2021-03-03 | President Anton Norvald on Friday travels to Latvia.                                          | 2021-03-05 | PLANNED
            2021-03-03 | President Anton Norvald on Friday travelled to Latvia.                                        | 2021-02-26 | HAPPENED
            2021-03-03 | President Anton Norvald will on Friday travel to Latvia.                                      | 2021-03-05 | PLANNED
            """)
    void aPresentVerbWithABareWeekdayTellsTheDayAhead(String date, String body, String day, EventStatus status) {
        Event v = visitTo(date, body, "Latvia");

        assertThat(v.when().value()).isEqualTo(day);
        assertThat(v.status()).isEqualTo(status);
    }
}
