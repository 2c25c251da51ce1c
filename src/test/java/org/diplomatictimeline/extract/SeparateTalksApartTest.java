package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.BEN;
import static org.diplomatictimeline.extract.MergeFixtures.CARA;
import static org.diplomatictimeline.extract.MergeFixtures.DAN;
import static org.diplomatictimeline.extract.MergeFixtures.day;

import java.util.stream.Stream;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "The four leaders met on Saturday; Ada held separate talks with Ben and Cara": the talk with one partner is an
 * encounter of its own, not the group's meeting, while a later "Ada met Ben" is still that talk.
 */
class SeparateTalksApartTest {

    private static Report talks(Participant... who) {
        return Report.of("a", "2022-03-08", EventType.TALKS, day("2022-03-07")).with(who);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("talk with Ben and the four leaders' meeting", talks(ADA, BEN).keyed("separate:ben"),
                        talks(ADA, BEN, CARA, DAN), false),
                Arguments.of("talk with Ben and a later 'Ada met Ben'", talks(ADA, BEN).keyed("separate:ben"),
                        talks(ADA, BEN), true),
                Arguments.of("talk with Ben and a meeting of Ada, Ben and Cara", talks(BEN).keyed("separate:ben"),
                        talks(ADA, BEN, CARA), false),
                Arguments.of("two group meetings told twice", talks(ADA, BEN, CARA), talks(ADA, BEN, CARA, DAN),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aTalkWithOnePartnerStaysApartFromTheGroupMeeting(String why, Report x, Report y, boolean allowed) {
        assertThat(MergeRule.SEPARATE_TALKS_APART.allows(x.cluster(), y.cluster(), MergeRule.Scope.SAME_DOCUMENT))
                .isEqualTo(allowed);
        assertThat(MergeRule.SEPARATE_TALKS_APART.allows(y.cluster(), x.cluster(), MergeRule.Scope.SAME_DOCUMENT))
                .as("symmetric").isEqualTo(allowed);
    }
}
