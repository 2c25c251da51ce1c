package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/** The initial framing: the shortest stretch holding most events, so one old outlier does not squeeze the rest. */
class DensestSpanTest {

    private static Event on(String id, LocalDate day) {
        EventDate when = new EventDate(day.toString(), null, DatePrecision.DAY, DateModifier.NONE, DateBasis.STATED,
                DateSpan.ofDay(day), "");
        return new Event(id, "Event " + id, EventType.MEETING, EventStatus.HAPPENED, when, null, List.of(), List.of(),
                List.of(), 1);
    }

    @Test
    void anOldOutlierIsLeftOutOfTheDenseStretch() {
        List<Event> events = new ArrayList<>();
        events.add(on("old", LocalDate.of(1949, 10, 2)));
        for (int i = 0; i < 9; i++) {
            events.add(on("m" + i, LocalDate.of(2019, 5, 1).plusDays(3L * i)));
        }

        double[] span = EventTable.of(events).densestSpan(0.8);

        assertThat(span[0]).isEqualTo(LocalDate.of(2019, 5, 1).toEpochDay());
        assertThat(span[1]).isGreaterThanOrEqualTo(LocalDate.of(2019, 5, 19).toEpochDay())
                .isLessThanOrEqualTo(LocalDate.of(2019, 5, 26).toEpochDay());
    }

    @Test
    void theWholeShareIsTheWholeExtentAndTheAnswerIgnoresInputOrder() {
        List<Event> events = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            events.add(on("e" + i, LocalDate.of(2000, 1, 1).plusDays(random.nextInt(8000))));
        }
        EventTable table = EventTable.of(events);
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);

        assertThat(table.densestSpan(1.0)).containsExactly(table.minDay(), table.maxDay());
        assertThat(EventTable.of(shuffled).densestSpan(0.8)).containsExactly(table.densestSpan(0.8));
        double[] most = table.densestSpan(0.8);
        assertThat(table.countOverlapping(most[0], most[1])).isGreaterThanOrEqualTo(160);
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> EventTable.empty().densestSpan(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
