package org.diplomatictimeline.timeline.layout;

import java.util.List;

/** The frame layout with every lane's exact level built on demand: layout tests need no cache and no worker. */
final class FrameUnderTest implements LaneLevels {

    private final TimelineLayoutEngine engine;
    private EventTable table = EventTable.empty();
    private List<Lane> lanes = List.of();

    FrameUnderTest(TextMeasure measure, ItemMetrics metrics) {
        this.engine = new TimelineLayoutEngine(measure, metrics);
    }

    void setData(EventTable newTable, List<Lane> newLanes) {
        table = newTable;
        lanes = List.copyOf(newLanes);
    }

    TimelineLayout layout(Viewport view) {
        return engine.layout(view, this);
    }

    @Override
    public EventTable table() {
        return table;
    }

    @Override
    public List<Lane> lanes() {
        return lanes;
    }

    @Override
    public LaneLevel level(Lane lane, double pxPerDay, boolean moving) {
        return engine.buildLevel(table, lane, TimelineLayoutEngine.bucket(pxPerDay));
    }

    @Override
    public int knownRows(Lane lane, double pxPerDay) {
        return level(lane, pxPerDay, false).rowCount();
    }
}
