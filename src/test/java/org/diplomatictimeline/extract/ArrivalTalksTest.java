package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An arrival and the meeting told in the clause its place or moment opens are two acts, two events. */
class ArrivalTalksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Danish foreign minister Lars Holm arrived in Vienna on Tuesday, where he held talks with Austrian president Karl Brenner.|Karl Brenner|Vienna",
        "El canciller uruguayo Martín Ferraro llegó a Quito el martes, donde se reunió con su homólogo ecuatoriano Diego Salcedo.|Diego Salcedo|Quito",
        "Le ministre danois Lars Holm est arrivé à Vienne mardi, où il a rencontré le président Karl Brenner.|Karl Brenner|Vienna",
    })
    void theMeetingToldWhereTheTravellerArrivedIsAnOccasionBesideTheVisit(String sentence, String partner, String place) {
        EventMention visit = OccasionAssertions.meetingBesideTheVisit(mentions(sentence), partner, place);
        assertThat(visit.evidence()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The prime minister arrived in Oslo on Monday, where King Harald held talks with the visiting delegation.",
        "The visit of the prime minister to Oslo on Monday, where talks were held with the king, was important.",
    })
    void aMeetingWithASubjectOfItsOwnOrAfterAVisitNounIsNotSplitOff(String sentence) {
        List<EventMention> found = mentions(sentence);

        assertThat(found.stream().filter(m -> EventAssembler.MEETING_FAMILY.contains(m.type()))).hasSizeLessThanOrEqualTo(1);
    }
}
