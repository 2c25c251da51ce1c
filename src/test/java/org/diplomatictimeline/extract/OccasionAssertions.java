package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;

/** Assertions shared by the tests of occasions told beside a trip. */
final class OccasionAssertions {

    private OccasionAssertions() {
    }

    /**
     * Asserts that {@code found} holds a visit and, beside it, a meeting or talks with {@code partner} at
     * {@code place}, on the visit's day and in its status; returns the visit.
     */
    static EventMention meetingBesideTheVisit(List<EventMention> found, String partner, String place) {
        EventMention visit = found.stream().filter(m -> m.type() == EventType.VISIT).findFirst().orElseThrow();
        assertThat(found).anySatisfy(m -> {
            assertThat(m.type()).isIn(EventType.MEETING, EventType.TALKS);
            assertThat(m.participants()).extracting(p -> p.name()).contains(partner);
            assertThat(m.places()).extracting(p -> p.name()).contains(place);
            assertThat(m.when().value()).isEqualTo(visit.when().value());
            assertThat(m.status()).isEqualTo(visit.status());
        });
        return visit;
    }
}
