package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which merged events are only a generic noun: gatherings of nobody in no place with no name of their own. */
class BareGatheringFilterTest {

    private static Event event(EventType type, String title, boolean party, boolean place) {
        List<Participant> parties = party
                ? List.of(new Participant("per:a", "Ana Example", ParticipantKind.PERSON, "", "")) : List.of();
        Place where = place ? new Place("city:x", "Exampleton", PlaceKind.CITY, "") : null;
        return new Event("e1", title, type, EventStatus.HAPPENED, EventDate.unknown("test"), where, parties,
                List.of(), List.of(new Evidence("d1", 0, 5, "words")), 0.5);
    }

    @ParameterizedTest(name = "{0} \"{1}\" party={2} place={3}: kept {4}")
    @CsvSource({
        "FORUM,     Forum,                false, false, false",
        "VISIT,     Visit,                false, false, false",
        "MEETING,   Talks,                false, false, false",
        "SUMMIT,    Summit,               false, false, false",
        "SUMMIT,    Informal Summit,      false, false, true",
        "MEETING,   Talks,                true,  false, true",
        "SUMMIT,    Summit,               false, true,  true",
        "AGREEMENT, Agreement,            false, false, true",
        "FOUNDING,  Founded,              false, false, true",
    })
    void aGatheringOfNobodyInNoPlaceWithNoNameIsDropped(EventType type, String title, boolean party, boolean place,
                                                        boolean kept) {
        // given: one merged event
        Event e = event(type, title, party, place);

        // when
        List<Event> left = new BareGatheringFilter().keep(List.of(e));

        // then
        assertThat(left.contains(e)).isEqualTo(kept);
    }
}
