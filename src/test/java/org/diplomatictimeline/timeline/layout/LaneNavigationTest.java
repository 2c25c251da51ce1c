package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.diplomatictimeline.timeline.SampleEvents;
import org.junit.jupiter.api.Test;

class LaneNavigationTest {

    private final EventTable table = EventTable.of(SampleEvents.handMade());
    private final List<Lane> lanes = LaneAssigner.assign(table, LaneGrouping.COUNTRY, List.of());

    @Test
    void nextAndPreviousWalkTheLaneInTimeOrder() {
        Lane france = lanes.get(2);
        int first = LaneNavigation.first(france);
        int second = LaneNavigation.next(france, first);
        assertThat(table.start(second)).isGreaterThanOrEqualTo(table.start(first));
        assertThat(LaneNavigation.previous(france, second)).isEqualTo(first);
        assertThat(LaneNavigation.previous(france, first)).isEqualTo(-1);
        assertThat(LaneNavigation.next(france, LaneNavigation.last(france))).isEqualTo(-1);
        assertThat(LaneNavigation.next(france, -1)).isEqualTo(first);
    }

    @Test
    void nearestPicksTheClosestStartInAnotherLane() {
        int r = LaneNavigation.nearest(table, lanes.get(2), LocalDate.of(2019, 6, 19).toEpochDay());
        assertThat(table.event(r).id()).isEqualTo("e06");
        assertThat(LaneNavigation.laneOf(lanes, r)).isEqualTo(0);
    }
}
