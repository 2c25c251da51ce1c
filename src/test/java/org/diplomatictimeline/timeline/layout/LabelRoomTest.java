package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.timeline.SampleEvents;
import org.junit.jupiter.api.Test;

/** Labels beside their marks use the free room of their row, not a fixed cap of some 25 characters. */
class LabelRoomTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate(12);
    private static final LocalDate DAY = LocalDate.of(2021, 3, 1);
    private static final String LONG_TITLE =
            "Foreign ministers of the northern and southern coastal states open talks on the harbour treaty";

    private static TimelineLayout layout(List<Event> events, double start, double days, double width) {
        FrameUnderTest engine = new FrameUnderTest(MEASURE, ItemMetrics.standard());
        EventTable table = EventTable.of(events);
        engine.setData(table, LaneAssigner.assign(table, LaneGrouping.NONE, List.of()));
        return engine.layout(new Viewport(start, start + days, width, 600, 0, Set.of()));
    }

    private static Event onDay(String id, String title, LocalDate day) {
        return SampleEvents.event(id, title).type(EventType.TALKS).on(SampleEvents.onDay(day)).with(List.of()).build();
    }

    @Test
    void aLongTitleWithAnEmptyRowAfterItIsDrawnWhole() {
        assertThat(MEASURE.width(LONG_TITLE)).isGreaterThan(ItemMetrics.standard().labelCap());

        TimelineLayout layout = layout(List.of(onDay("a", LONG_TITLE, DAY)), DAY.toEpochDay() - 2, 30, 1400);

        assertThat(layout.items()).singleElement().extracting(PlacedItem::label).isEqualTo(LONG_TITLE);
    }

    @Test
    void aLabelStopsBeforeTheNextMarkInItsRow() {
        Event first = onDay("a", LONG_TITLE, DAY);
        Event second = onDay("b", "Second", DAY.plusDays(8));

        TimelineLayout layout = layout(List.of(first, second), DAY.toEpochDay() - 2, 30, 1400);

        PlacedItem a = layout.items().stream().filter(i -> i.event() == first).findFirst().orElseThrow();
        PlacedItem b = layout.items().stream().filter(i -> i.event() == second).findFirst().orElseThrow();
        assertThat(a.y()).isEqualTo(b.y());
        assertThat(a.label()).endsWith("…");
        assertThat(a.labelX() + a.labelWidth()).isLessThanOrEqualTo(b.x0());
        // wider than the stacking cap alone would have allowed
        assertThat(a.labelWidth()).isGreaterThan(ItemMetrics.standard().labelCap());
    }

    @Test
    void aLabelAtTheRightEdgeIsElidedThereNotCut() {
        double width = 900;
        TimelineLayout layout = layout(List.of(onDay("a", LONG_TITLE, DAY)), DAY.toEpochDay() - 28, 30, width);

        PlacedItem a = layout.items().get(0);
        assertThat(a.label()).endsWith("…");
        assertThat(a.labelX() + a.labelWidth()).isLessThanOrEqualTo(width);
    }
}
