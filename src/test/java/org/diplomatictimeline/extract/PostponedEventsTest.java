package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Events put off to a later day are postponed, not cancelled, in every language; called-off ones stay cancelled. */
class PostponedEventsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit in Accra was postponed.                         | summit       | POSTPONED
            The ministers' meeting in Oslo has been delayed.           | meeting      | POSTPONED
            The summit in Accra was cancelled.                         | summit       | CANCELLED
            The visit to Lagos was called off.                         | visit to     | CANCELLED
            Le sommet de Lomé a été reporté.                           | sommet       | POSTPONED
            Le sommet de Lomé a été annulé.                            | sommet       | CANCELLED
            La cumbre de Montevideo fue pospuesta.                     | cumbre       | POSTPONED
            La cumbre de Montevideo fue cancelada.                     | cumbre       | CANCELLED
            Il vertice di Bari è stato rinviato.                       | vertice      | POSTPONED
            Il vertice di Bari è stato annullato.                      | vertice      | CANCELLED
            A cimeira de Luanda foi adiada.                            | cimeira      | POSTPONED
            Der Gipfel in Bonn wurde verschoben.                       | gipfel       | POSTPONED
            Der Gipfel in Bonn wurde abgesagt.                         | gipfel       | CANCELLED
            Саммит в Сочи был перенесён.                               | саммит       | POSTPONED
            Саммит в Сочи был отменён.                                 | саммит       | CANCELLED
            KTT di Bali ditunda.                                       | ktt          | POSTPONED
            KTT di Bali dibatalkan.                                    | ktt          | CANCELLED
            """)
    void aPutOffEventIsPostponedAndACalledOffOneCancelled(String sentence, String word, EventStatus status) {
        Trigger t = SentenceTriggers.of(sentence).stream().filter(x -> !x.isStatement()).findFirst().orElseThrow();

        assertThat(t.text()).isEqualToIgnoringCase(word);
        assertThat(t.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit in Accra, set for 10 December, was postponed on Friday.       | 2025-12-10 | POSTPONED
            La cumbre de Montevideo fue aplazada hasta el 20 de enero de 2026.       | 2026-01-20 | PLANNED
            """)
    void theOldDateIsPostponedAndTheNewDatePlanned(String body, String date, EventStatus status) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("p", "2025-12-05", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> e.type() == EventType.SUMMIT).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo(date);
            assertThat(e.status()).isEqualTo(status);
        });
    }

    @Test
    void aLaterReportSettingTheSummitAgainOutweighsAnEarlierPostponement() {
        Document putOff = TestArticles.withHeader("a", "2025-12-01",
                "The summit of the Mercosur presidents in Asunción on 15 December was postponed.");
        Document setAgain = TestArticles.withHeader("b", "2025-12-08",
                "The summit of the Mercosur presidents will be held in Asunción on 15 December.");

        List<Event> summits = summits(putOff, setAgain);

        assertThat(summits).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void aPostponementReportedAfterThePlanLeavesTheSummitPostponed() {
        Document planned = TestArticles.withHeader("a", "2025-12-01",
                "The summit of the Mercosur presidents will be held in Asunción on 15 December.");
        Document putOff = TestArticles.withHeader("b", "2025-12-08",
                "The summit of the Mercosur presidents in Asunción on 15 December was postponed.");

        List<Event> summits = summits(planned, putOff);

        assertThat(summits).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.POSTPONED));
    }

    private static List<Event> summits(Document... docs) {
        return EXTRACTOR.extract(new Corpus(List.of(docs), List.of())).events().stream()
                .filter(e -> e.type() == EventType.SUMMIT).toList();
    }
}
