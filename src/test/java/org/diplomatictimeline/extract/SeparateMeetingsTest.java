package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Talks held one by one with each partner a clause names are one encounter per pair, kept apart when mentions merge;
 * talks of several parties together stay one.
 */
class SeparateMeetingsTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private final EventMerger merger = new EventMerger();

    @Test
    void separateTalksWithTwoLeadersAreTwoEncounters() {
        // given: one clause, two partners met one by one
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01",
                "Swedish Prime Minister Stefan Lofven will hold separate talks with Kenyan President Uhuru Kenyatta"
                        + " and Ethiopian Prime Minister Abiy Ahmed in Nairobi on March 18."));

        // when
        List<Event> events = merger.merge(found);

        // then: two talks on the 18th, each with one of the partners
        List<Event> talks = events.stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(talks).hasSize(2).allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2021-03-18"));
        assertThat(talks).anySatisfy(e -> assertThat(e.participants()).anySatisfy(p ->
                assertThat(p.name()).contains("Kenyatta")));
        assertThat(talks).anySatisfy(e -> assertThat(e.participants()).anySatisfy(p ->
                assertThat(p.name()).contains("Abiy")));
    }

    @Test
    void talksOfThreeTogetherStayOne() {
        // given: the same leaders, but together
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01",
                "Swedish Prime Minister Stefan Lofven will hold talks with Kenyan President Uhuru Kenyatta"
                        + " and Ethiopian Prime Minister Abiy Ahmed in Nairobi on March 18."));

        // then: one encounter
        assertThat(merger.merge(found)).filteredOn(e -> e.type() == EventType.TALKS).hasSize(1);
    }
}
