package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.DAN;
import static org.diplomatictimeline.extract.MergeFixtures.NAIROBI;
import static org.diplomatictimeline.extract.MergeFixtures.UNION;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;

import java.util.List;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/** Within one article, the bilateral meetings held at a summit are occasions of their own, dated by the summit. */
class SidelineMeetingsTest {

    private final EventMerger merger = new EventMerger();

    private static Report summit(String when) {
        return Report.of("a", "2022-03-09", EventType.SUMMIT, day(when)).with(ADA, UNION).at(NAIROBI);
    }

    @Test
    void eachBilateralMeetingAtTheSummitIsItsOwnEventOnTheSummitsDay() {
        // given: "Ada Lind chaired the Union summit on 7 March. She then met Ben Oduya. Later she met Cara Moss."
        List<EventMention> mentions = List.of(
                summit("2022-03-07").mention(1),
                Report.of("a", "2022-03-09", EventType.MEETING, UNDATED).with(ADA, BEN).mention(2),
                Report.of("a", "2022-03-09", EventType.MEETING, UNDATED).with(ADA, CARA).mention(3));

        // when
        List<Event> events = merger.merge(mentions);

        // then
        assertThat(events).hasSize(3);
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.when().value()).isEqualTo("2022-03-07");
                    assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
                });
    }

    @Test
    void twoMeetingsOverTheSameDaysWithDifferentGuestsStayApart() {
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-09", EventType.MEETING, days("2022-03-07", "2022-03-08"))
                        .with(ADA, BEN).mention(1),
                Report.of("a", "2022-03-09", EventType.MEETING, days("2022-03-07", "2022-03-08"))
                        .with(ADA, CARA).mention(2));

        assertThat(merger.merge(mentions)).hasSize(2);
    }

    @Test
    void talksOfTheSummitsOwnLeadersAreTheSummit() {
        // "Ada Lind and Ben Oduya held a summit on 7 March ... the two leaders met for three hours"
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-09", EventType.SUMMIT, day("2022-03-07")).with(ADA, BEN).mention(1),
                Report.of("a", "2022-03-09", EventType.MEETING, UNDATED).with(ADA, BEN).mention(2));

        assertThat(merger.merge(mentions)).hasSize(1);
    }

    @Test
    void aMeetingOfPeopleTheSummitDoesNotNameIsNotDatedByIt() {
        // the summit of Ada Lind; later, unrelated, "Cara Moss met Dan Weru" with no date
        List<EventMention> mentions = List.of(
                summit("2022-03-07").mention(1),
                Report.of("a", "2022-03-09", EventType.MEETING, UNDATED).with(CARA, DAN).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.MEETING)
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void theSidelineRuleKeepsASummitAndABilateralWithANewPersonApart() {
        EventCluster held = summit("2022-03-07").cluster();
        EventCluster bilateral = Report.of("a", "2022-03-09", EventType.MEETING, day("2022-03-07"))
                .with(ADA, BEN).cluster();
        EventCluster ownLeader = Report.of("a", "2022-03-09", EventType.MEETING, day("2022-03-07"))
                .with(ADA).cluster();

        assertThat(MergeRule.SIDELINE_MEETINGS_APART.allows(held, bilateral, MergeRule.Scope.SAME_DOCUMENT)).isFalse();
        assertThat(MergeRule.SIDELINE_MEETINGS_APART.allows(held, ownLeader, MergeRule.Scope.SAME_DOCUMENT)).isTrue();
        assertThat(MergeRule.SIDELINE_MEETINGS_APART.allows(held, bilateral, MergeRule.Scope.ACROSS_DOCUMENTS))
                .isTrue();
    }

    @Test
    void twoLeadersSummitHasNoSidelines() {
        // "Ada Lind and Ben Oduya will hold a summit; Ada Lind will also be received by Cara Moss" is left to the
        // other rules: only a gathering of many has sidelines
        EventCluster twoLeaders = Report.of("a", "2022-03-09", EventType.SUMMIT, day("2022-03-07"))
                .with(ADA, BEN).cluster();
        EventCluster audience = Report.of("a", "2022-03-09", EventType.MEETING, day("2022-03-07"))
                .with(ADA, CARA).cluster();

        assertThat(MergeRule.SIDELINE_MEETINGS_APART.allows(twoLeaders, audience, MergeRule.Scope.SAME_DOCUMENT))
                .isTrue();
    }
}
