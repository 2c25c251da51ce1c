package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * A gathering named by a grouping of states ("the G20 gathering in Bali") is a summit with its own date and place;
 * a gathering of anyone else is no occasion of states.
 */
class GroupingGatheringTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private static List<Event> events(String body) {
        EventModel model = EXTRACTOR.extract(new Corpus(List.of(TestArticles.withHeader("g", "2022-03-01", body)),
                List.of()));
        return model.events();
    }

    @Test
    void aGroupingsGatheringIsASummitWithItsDateAndPlace() {
        List<Event> summits = events("Diplomats expect the leaders to meet again at the G20 gathering scheduled to be "
                + "held in Bali on March 19-21.").stream().filter(e -> e.type() == EventType.SUMMIT).toList();

        assertThat(summits).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2022-03-19");
            assertThat(e.place().name()).isEqualTo("Bali");
        });
    }

    @Test
    void aGatheringOfACrowdIsNoSummit() {
        assertThat(events("A gathering of protesters was held in the main square on Monday."))
                .noneMatch(e -> e.type() == EventType.SUMMIT);
    }
}
