package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.ArticleExtraction.mentions;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An arrival and the meeting told in the clause its place or moment opens are two acts, two events. */
class ArrivalTalksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Norwegian foreign minister Espen Eide arrived in Rome on Tuesday, where he held talks with Italian president Sergio Mattarella.|Sergio Mattarella|Rome",
        "El canciller chileno Alberto van Klaveren llegó a Lima el martes, donde se reunió con su homólogo peruano Javier González-Olaechea.|Javier González-Olaechea|Lima",
        "Le ministre norvégien Jonas Gahr Støre est arrivé à Rome mardi, où il a rencontré le président Sergio Mattarella.|Sergio Mattarella|Rome",
    })
    void theMeetingToldWhereTheTravellerArrivedIsAnOccasionBesideTheVisit(String sentence, String partner, String place) {
        List<EventMention> found = mentions(sentence);
        EventMention visit = found.stream().filter(m -> m.type() == EventType.VISIT).findFirst().orElseThrow();

        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isIn(EventType.MEETING, EventType.TALKS);
            assertThat(m.participants()).extracting(p -> p.name()).contains(partner);
            assertThat(m.places()).extracting(p -> p.name()).contains(place);
            assertThat(m.when().value()).isEqualTo(visit.when().value());
            assertThat(m.status()).isEqualTo(visit.status());
        });
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
