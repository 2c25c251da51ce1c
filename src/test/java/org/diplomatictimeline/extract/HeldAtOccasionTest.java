package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;

import java.util.List;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * An act done at an occasion (event-types.tsv's held_at) told without a date after a dated encounter is that
 * occasion's act, on its day, an event beside it; not one reported twice, and not an act of other people.
 */
class HeldAtOccasionTest {

    private final EventMerger merger = new EventMerger();

    private static Report talks() {
        return Report.of("a", "2022-03-09", EventType.MEETING, day("2022-03-07")).with(ADA, BEN, KENYA, SWEDEN)
                .at(NAIROBI);
    }

    @Test
    void aDeclarationSignedAtTheTalksIsAnEventBesideThemOnTheirDay() {
        // given: "Ada Lind received Ben Oduya in Nairobi on Monday. The two leaders signed a declaration."
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.AGREEMENT, UNDATED).with(ADA, BEN).mention(2));

        // when
        List<Event> events = merger.merge(mentions);

        // then: two events, the signing dated (inferred) by the talks
        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2022-03-07");
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }

    @Test
    void anActNamingOnlyCountriesTakesTheDayOfTalksOfThoseCountries() {
        // "... Kenya and Sweden adopted a joint declaration."
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.DECLARATION, UNDATED).with(KENYA, SWEDEN).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.DECLARATION).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2022-03-07"));
    }

    @Test
    void aSigningToldTwiceStaysOneEvent() {
        // given: "The two signed a treaty on Tuesday ... Lind and Oduya signed the treaty after the talks."
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.AGREEMENT, day("2022-03-08")).with(ADA, BEN).mention(2),
                Report.of("a", "2022-03-09", EventType.AGREEMENT, UNDATED).with(ADA, BEN).mention(3));

        // then: the undated report joins the dated signing rather than taking the talks' day
        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2022-03-08"));
    }

    @Test
    void anActOfSomeoneTheOccasionDoesNotNameIsNotDatedByIt() {
        // "... Cara Moss had signed the accord." (not a party of the talks)
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.AGREEMENT, UNDATED).with(CARA).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void aSigningToldAsDoneIsNotPutOnAVisitStillToCome() {
        // "Ben Oduya will visit Nairobi on Monday. Lind and Oduya signed a trade accord." (an earlier act)
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-04", EventType.VISIT, day("2022-03-07")).with(ADA, BEN).at(NAIROBI)
                        .planned().mention(1),
                Report.of("a", "2022-03-04", EventType.AGREEMENT, UNDATED).with(ADA, BEN).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void aPlannedSigningTakesTheDayOfThePlannedVisit() {
        // "Ben Oduya will visit Nairobi on Monday. The two leaders will sign a trade accord."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-04", EventType.VISIT, day("2022-03-07")).with(ADA, BEN).at(NAIROBI)
                        .planned().mention(1),
                Report.of("a", "2022-03-04", EventType.AGREEMENT, UNDATED).with(ADA, BEN).planned().mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.when().value()).isEqualTo("2022-03-07"));
    }

    @Test
    void aCallIsNoOccasionOfAnAct() {
        // "Lind and Oduya spoke by phone on Monday. They hope to implement the agreements reached."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-09", EventType.PHONE_CALL, day("2022-03-07")).with(ADA, BEN).mention(1),
                Report.of("a", "2022-03-09", EventType.AGREEMENT, UNDATED).with(ADA, BEN).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.AGREEMENT)
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void anActNamingNoPartyIsTheOccasionsActByItsParties() {
        // "Ada Lind received Ben Oduya in Nairobi on Monday. ... Five memoranda were signed in Nairobi."
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.AGREEMENT, UNDATED).at(NAIROBI).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement()
                .satisfies(e -> {
                    assertThat(e.when().value()).isEqualTo("2022-03-07");
                    assertThat(e.participants()).contains(ADA, BEN);
                });
    }
}
