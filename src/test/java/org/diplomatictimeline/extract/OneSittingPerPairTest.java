package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.DAN;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.UNDATED;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.extract.MergeFixtures.days;
import static org.diplomatictimeline.extract.MergeFixtures.month;
import static org.diplomatictimeline.extract.MergeRule.Scope.ACROSS_DOCUMENTS;
import static org.diplomatictimeline.extract.MergeRule.Scope.SAME_DOCUMENT;
import static org.diplomatictimeline.model.EventType.MEETING;
import static org.diplomatictimeline.model.EventType.SUMMIT;
import static org.diplomatictimeline.model.EventType.TALKS;
import static org.diplomatictimeline.model.EventType.VISIT;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sitting per pair of people: within an article a guest received by one host and then by another, or a second
 * guest's trip told beside the first guest's talks, are two occasions even when one of the two reports gives no
 * date of its own; one trip's hosts and companions, and a month's round of talks, stay one.
 */
class OneSittingPerPairTest {

    private static final String REPORTED = "2022-03-08";

    private static Report a(EventType type, EventDate when) {
        return Report.of("a", REPORTED, type, when);
    }

    static Stream<Arguments> couldBeOneSitting() {
        return Stream.of(
                arguments("two meetings on one day", a(MEETING, day("2022-03-07")), a(MEETING, day("2022-03-07")),
                        true),
                arguments("a meeting and an undated meeting", a(MEETING, day("2022-03-07")), a(MEETING, UNDATED),
                        true),
                arguments("a visit and undated talks", a(VISIT, day("2022-03-07")), a(TALKS, UNDATED), true),
                arguments("a day inside a meeting's days", a(MEETING, day("2022-03-07")),
                        a(MEETING, days("2022-03-07", "2022-03-08")), true),
                arguments("two words of one trip", a(VISIT, days("2022-03-07", "2022-03-08")), a(VISIT, UNDATED),
                        false),
                arguments("a summit and an undated meeting", a(SUMMIT, day("2022-03-07")), a(MEETING, UNDATED),
                        false),
                arguments("a meeting in a month and an undated one", a(MEETING, month("2022-03")),
                        a(MEETING, UNDATED), true),
                arguments("a month and a day", a(MEETING, month("2022-03")), a(MEETING, day("2022-03-07")), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void couldBeOneSitting(String why, Report x, Report y, boolean could) {
        assertThat(ParticipantAgreement.couldBeOneSitting(x.cluster(), y.cluster())).isEqualTo(could);
        assertThat(ParticipantAgreement.couldBeOneSitting(y.cluster(), x.cluster())).as("symmetric").isEqualTo(could);
    }

    static Stream<Arguments> distinctPairs() {
        return Stream.of(
                arguments("received by the king, then undated by the prime minister", SAME_DOCUMENT,
                        a(MEETING, day("2022-03-07")).with(ADA, BEN), a(MEETING, UNDATED).with(ADA, CARA), false),
                arguments("the same pair told again without a date", SAME_DOCUMENT,
                        a(MEETING, day("2022-03-07")).with(ADA, BEN), a(MEETING, UNDATED).with(BEN, ADA), true),
                arguments("a second guest's trip to meet others", SAME_DOCUMENT,
                        a(TALKS, day("2022-03-07")).with(ADA, BEN, CARA), a(VISIT, UNDATED).with(DAN, CARA), false),
                arguments("a trip's host and the guest's companion", SAME_DOCUMENT,
                        a(VISIT, days("2022-03-07", "2022-03-09")).with(ADA, BEN), a(VISIT, UNDATED).with(ADA, DAN),
                        true),
                arguments("an undated pair in another article", ACROSS_DOCUMENTS,
                        a(MEETING, day("2022-03-07")).with(ADA, BEN), a(MEETING, UNDATED).with(ADA, CARA), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void distinctPairs(String why, Scope scope, Report x, Report y, boolean allowed) {
        assertThat(MergeRule.DISTINCT_PAIRS_APART.allows(x.cluster(), y.cluster(), scope)).isEqualTo(allowed);
        assertThat(MergeRule.DISTINCT_PAIRS_APART.allows(y.cluster(), x.cluster(), scope)).as("symmetric")
                .isEqualTo(allowed);
    }

    @Test
    void aGuestReceivedByTheKingAndThenByThePrimeMinisterIsTwoMeetings() {
        // "The king receives Ada Lind on Monday 7 March. In the evening the prime minister Cara Moss receives her
        // for a working dinner."
        List<EventMention> mentions = List.of(
                a(MEETING, day("2022-03-07")).with(BEN, ADA, KENYA).planned().mention(1),
                a(MEETING, UNDATED).with(CARA, ADA, KENYA).planned().mention(2));

        List<Event> events = new EventMerger().merge(mentions);

        assertThat(events).hasSize(2).extracting(e -> e.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.PERSON).count())
                .containsOnly(2L);
    }
}
