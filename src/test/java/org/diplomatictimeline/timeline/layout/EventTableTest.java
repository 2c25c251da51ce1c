package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.timeline.SampleEvents;
import org.junit.jupiter.api.Test;

class EventTableTest {

    @Test
    void rankOrderDoesNotDependOnInputOrder() {
        List<Event> events = SampleEvents.synthetic(500, 3, 7);
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(EventTable.of(shuffled).events()).containsExactlyElementsOf(EventTable.of(events).events());
    }

    @Test
    void countOverlappingEqualsBruteForce() {
        EventTable table = EventTable.of(SampleEvents.synthetic(1500, 4, 11));
        Random rnd = new Random(5);
        double min = table.minDay();
        for (int q = 0; q < 200; q++) {
            double a = min - 30 + rnd.nextDouble() * 1600;
            double b = a + rnd.nextDouble() * 200;
            int brute = 0;
            for (int r = 0; r < table.size(); r++) {
                if (table.start(r) <= b && table.end(r) >= a) {
                    brute++;
                }
            }
            assertThat(table.countOverlapping(a, b)).isEqualTo(brute);
            assertThat(table.index().count(a, b)).isEqualTo(brute);
        }
    }

    @Test
    void undatedEventsAreKeptApartAndKindsFollowPrecision() {
        List<Event> events = new ArrayList<>(SampleEvents.handMade());
        events.add(SampleEvents.event("u1", "Talks at an unknown date").type(EventType.TALKS)
                .on(EventDate.unknown("no date in the text")).with(List.of()).build());
        EventTable table = EventTable.of(events);
        assertThat(table.undated()).extracting(Event::id).containsExactly("u1");
        assertThat(table.size()).isEqualTo(8);
        assertThat(table.kind(table.rankOf(events.get(0)))).isEqualTo(ItemKind.POINT);
        assertThat(table.kind(table.rankOf(events.get(1)))).isEqualTo(ItemKind.RANGE);
        assertThat(table.kind(table.rankOf(events.get(2)))).isEqualTo(ItemKind.OPEN_AFTER);
        assertThat(table.kind(table.rankOf(events.get(3)))).isEqualTo(ItemKind.FUZZY);
        assertThat(table.inferred(table.rankOf(events.get(5)))).isTrue();
        assertThat(table.minDay()).isEqualTo(LocalDate.of(2019, 1, 1).toEpochDay());
        assertThat(table.maxDay()).isEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
    }
}
