package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.MOMBASA;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;
import static org.diplomatictimeline.extract.MergeFixtures.month;

import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An act the article tells without a place is placed at the occasion of the article that holds its days. */
class OccasionPlacesTest {

    private static final EventDate SUMMIT_DAYS = days("2022-03-03", "2022-03-04");

    private static EventMention summitInNairobi() {
        return Report.of("a", "2022-03-05", EventType.SUMMIT, SUMMIT_DAYS).with(KENYA, SWEDEN).at(NAIROBI)
                .mention(1);
    }

    private static EventMention act(EventType type, EventDate when) {
        return Report.of("a", "2022-03-05", type, when).with(ADA, BEN).mention(2);
    }

    static Stream<Arguments> acts() {
        return Stream.of(
                // type, date, where it ends up (null: no place)
                Arguments.of(EventType.AGREEMENT, day("2022-03-04"), NAIROBI),       // a deal signed at the summit
                Arguments.of(EventType.RESOLUTION, day("2022-03-03"), NAIROBI),      // a text the summit adopted
                Arguments.of(EventType.MEETING, day("2022-03-04"), NAIROBI),         // talks on its sidelines
                Arguments.of(EventType.AGREEMENT, day("2022-03-09"), null),          // another day, another place
                Arguments.of(EventType.AGREEMENT, month("2022-03"), null),           // not known to be its days
                Arguments.of(EventType.VISIT, day("2022-03-04"), null),              // a trip may lie elsewhere
                Arguments.of(EventType.STATEMENT, day("2022-03-04"), null),          // a word may be said anywhere
                Arguments.of(EventType.PHONE_CALL, day("2022-03-04"), null),         // a call is made from afar
                Arguments.of(EventType.ELECTION, day("2022-03-04"), null),           // a vote at home
                Arguments.of(EventType.MILITARY_ACTION, day("2022-03-04"), null));   // where its own words say
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("acts")
    void anActWithoutPlaceIsPlacedAtTheOccasionHoldingItsDays(EventType type, EventDate when, Place expected) {
        List<EventMention> placed = OccasionPlaces.placed(List.of(summitInNairobi(), act(type, when)));

        assertThat(placed.get(1).places()).isEqualTo(expected == null ? List.of() : List.of(expected));
        assertThat(placed.get(0).places()).containsExactly(NAIROBI);
    }

    @Test
    void twoOccasionsInDifferentPlacesLeaveTheActUnplaced() {
        EventMention other = Report.of("a", "2022-03-05", EventType.VISIT, SUMMIT_DAYS).with(BEN).at(MOMBASA)
                .mention(3);

        List<EventMention> placed = OccasionPlaces.placed(List.of(summitInNairobi(),
                act(EventType.AGREEMENT, day("2022-03-04")), other));

        assertThat(placed.get(1).places()).isEmpty();
    }

    @Test
    void aPlaceOfItsOwnIsKept() {
        EventMention signed = Report.of("a", "2022-03-05", EventType.AGREEMENT, day("2022-03-04")).with(ADA)
                .at(MOMBASA).mention(2);

        assertThat(OccasionPlaces.placed(List.of(summitInNairobi(), signed)).get(1).places())
                .containsExactly(MOMBASA);
    }

    @Test
    void aResolutionIsPlacedByASummitButNotByAVisit() {
        EventMention visit = Report.of("a", "2022-03-05", EventType.VISIT, SUMMIT_DAYS).with(ADA).at(NAIROBI)
                .mention(1);

        List<EventMention> placed = OccasionPlaces.placed(List.of(visit,
                act(EventType.RESOLUTION, day("2022-03-04"))));

        assertThat(placed.get(1).places()).isEmpty();
    }

    @Test
    void aDealSignedAtTheSummitTakesItsCity() {
        // given: a summit placed and dated in one sentence, a deal signed on its second day in the next
        List<EventMention> found = new EventExtractor().mentions(TestArticles.withHeader("t", "2022-03-06",
                "Nordic leaders held a summit in Oslo on March 3 and 4. On March 4, Norway and Sweden signed an "
                        + "agreement on fishing quotas."));

        // then: the agreement is an event of its own, held in Oslo
        assertThat(found.stream().filter(m -> m.type() == EventType.AGREEMENT)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.places()).extracting(Place::name).containsExactly("Oslo"));
    }
}
