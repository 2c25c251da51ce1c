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
 * A date told on the other side of a contrast (", while", ", alors que", ", mientras") belongs to that side's own
 * clause; an event on this side is not dated by it, unless that side is only an opening adverbial.
 */
class ContrastSideDateTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "French, report on the other side | Le groupe a annoncé que la réforme s'appliquera mardi, alors que "
            + "la Norvège et la Suède ont décidé de fermer leur espace aérien avec l'Islande.",
        "French, clause with no event word | L'opérateur indique dans une note que cette réforme prendra "
            + "effet, mardi, alors que la Norvège, la Suède et le Danemark ont décidé de fermer leur espace aérien "
            + "avec l'Islande.",
    })
    void aWeekdayAcrossTheContrastDoesNotDateTheSanction(String name, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-05-10", body)),
                List.of()));

        List<Event> sanctions = model.events().stream().filter(e -> e.type() == EventType.SANCTION).toList();
        assertThat(sanctions).isNotEmpty().allSatisfy(e -> assertThat(e.when().value()).isNotEqualTo("2021-05-04"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "English | On Monday, while in Lagos, President Anna Berg met Prime Minister "
            + "Luis Soto.",
    })
    void anOpeningDateBeforeTheContrastStillDatesTheSentence(String name, String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("d", "2021-05-14", body)),
                List.of()));

        assertThat(model.events()).filteredOn(e -> e.type() == EventType.MEETING)
                .anySatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-05-10"));
    }
}
