package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Items of a visit's programme (a state dinner, a mass, a welcome ceremony) told beside the day's talks or in a
 * sentence that does not name the traveller are events of their own: on their day, planned as the text says, the
 * traveller's, and kept apart from the visit when mentions merge.
 */
class ProgrammeItemTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private final EventMerger merger = new EventMerger();

    @Test
    void aStateDinnerBesideTheDaysTalksIsItsOwnPlannedEvent() {
        // given: a visit, then talks and a dinner told in one clause with one day
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01",
                "Swedish Prime Minister Stefan Lofven will visit Nairobi on March 18. He will meet the president of"
                        + " Kenya and attend a state dinner on March 19."));

        // then: the talks and the dinner, both on the 19th and both planned
        assertThat(found).filteredOn(m -> m.type() == EventType.CEREMONY).singleElement().satisfies(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-19");
            assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
        });
        assertThat(found).filteredOn(m -> m.type() == EventType.MEETING)
                .anySatisfy(m -> assertThat(m.when().value()).isEqualTo("2021-03-19"));
    }

    @Test
    void theItemStaysApartFromTheVisitAndTheTalksWhenMentionsMerge() {
        // given: the same programme
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01",
                "Swedish Prime Minister Stefan Lofven will visit Nairobi on March 18. He will meet the president of"
                        + " Kenya and attend a state dinner on March 19."));

        // when
        List<Event> events = merger.merge(found);

        // then: the dinner is one event of its own, neither the visit nor the talks
        assertThat(events).filteredOn(e -> e.type() == EventType.CEREMONY).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2021-03-19"));
        assertThat(events).extracting(Event::type).contains(EventType.VISIT, EventType.MEETING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Swedish Prime Minister Stefan Lofven will visit Nairobi on March 18. The next day, a welcome ceremony is planned at the stadium.
            Le Premier ministre suédois Stefan Lofven se rendra à Nairobi le 18 mars. Le lendemain, une cérémonie d'accueil est prévue au stade.
            """)
    void anItemThatNamesNobodyIsTheTravellers(String text) {
        // given: a visit naming its traveller, then an item of its programme told without him
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01", text.strip()));

        // then: the ceremony is on the day after the visit's and is the visitor's
        assertThat(found).filteredOn(m -> m.type() == EventType.CEREMONY).singleElement().satisfies(m -> {
            assertThat(m.when().value()).isEqualTo("2021-03-19");
            assertThat(m.participants()).anySatisfy(p -> assertThat(p.name()).contains("Lofven"));
        });
    }

    @Test
    void anItemBesideTheTalksWithoutADayOfItsOwnIsNoEvent() {
        // given: a dinner that only follows the talks ("then"), dated by nothing but them
        List<EventMention> found = EXTRACTOR.mentions(TestArticles.withHeader("t", "2021-03-01",
                "Swedish Prime Minister Stefan Lofven will visit Nairobi on March 18. He will first meet the"
                        + " president of Kenya, then attend a gala dinner."));

        // then: no ceremony dated by a guess, while the talks are still told
        assertThat(found).filteredOn(m -> m.type() == EventType.CEREMONY).isEmpty();
        assertThat(found).extracting(EventMention::type).contains(EventType.MEETING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CEREMONY, true", "VISIT, false", "MEETING, false", "SUMMIT, false"})
    void theProfileTableSaysWhichTypesAreProgrammeItems(EventType type, boolean programme) {
        assertThat(EventTypeProfile.of(type).programme()).isEqualTo(programme);
    }
}
