package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.DAN;
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
 * An item of a day's programme (a banquet, a wreath-laying) or a sitting still to come with other partners, told
 * without a date after the day's occasion and kept apart from it, is an event of its own on that occasion's day.
 */
class DayProgrammeSittingTest {

    private final EventMerger merger = new EventMerger();

    private static Report talks() {
        return Report.of("a", "2022-03-09", EventType.MEETING, day("2022-03-07")).with(ADA, BEN, KENYA, SWEDEN)
                .at(NAIROBI);
    }

    @Test
    void aBanquetToldAfterTheDaysTalksIsAnEventOnTheirDay() {
        // given: "Ada Lind received Ben Oduya in Nairobi on Monday. The day ended with a state banquet given by Lind."
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.CEREMONY, UNDATED).with(ADA).mention(2));

        // when
        List<Event> events = merger.merge(mentions);

        // then: the talks and the banquet, dated (inferred) by the talks
        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.type() == EventType.CEREMONY).singleElement().satisfies(e -> {
            assertThat(e.when().value()).isEqualTo("2022-03-07");
            assertThat(e.when().basis()).isEqualTo(DateBasis.INFERRED);
        });
    }

    @Test
    void aPlannedMeetingWithOtherPartnersTakesTheDayOfThePlannedTalks() {
        // given: "Lind will hold talks with Oduya in Nairobi on Monday. Meetings with Moss and Weru are also planned."
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-05", EventType.TALKS, day("2022-03-07")).with(ADA, BEN).at(NAIROBI)
                        .planned().mention(1),
                Report.of("a", "2022-03-05", EventType.MEETING, UNDATED).with(CARA, DAN).planned().mention(2));

        List<Event> events = merger.merge(mentions);

        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.when().value()).isEqualTo("2022-03-07"));
    }

    @Test
    void aMeetingToldAsDoneWithoutADateIsNotDatedByTheTalksBefore() {
        // "... Moss and Weru, present at the talks, had met many times before.": told again or background
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.MEETING, UNDATED).with(CARA, DAN).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.participants().contains(CARA))
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void aBanquetToldAfterOldTalksIsNotDatedByThem() {
        // "They first met in Nairobi in March 2015. A state banquet ..." in an article of 2022
        List<EventMention> mentions = List.of(
                Report.of("a", "2022-03-09", EventType.MEETING, day("2015-03-07")).with(ADA, BEN).at(NAIROBI)
                        .mention(1),
                Report.of("a", "2022-03-09", EventType.CEREMONY, UNDATED).with(ADA).mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.CEREMONY)
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }

    @Test
    void aBanquetStillToComeIsNotDatedByTalksThatHappened() {
        // "Lind received Oduya on Monday. A state banquet will be given in his honour."
        List<EventMention> mentions = List.of(talks().mention(1),
                Report.of("a", "2022-03-09", EventType.CEREMONY, UNDATED).with(ADA).planned().mention(2));

        assertThat(merger.merge(mentions)).filteredOn(e -> e.type() == EventType.CEREMONY)
                .allSatisfy(e -> assertThat(e.when().isKnown()).isFalse());
    }
}
