package org.diplomatictimeline.timeline.skin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.SampleEvents;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.ItemMetrics;
import org.diplomatictimeline.timeline.layout.Lane;
import org.diplomatictimeline.timeline.layout.LaneAssigner;
import org.diplomatictimeline.timeline.layout.LaneGrouping;
import org.diplomatictimeline.timeline.layout.TextMeasure;
import org.diplomatictimeline.timeline.layout.TimelineLayout;
import org.diplomatictimeline.timeline.layout.TimelineLayoutEngine;
import org.diplomatictimeline.timeline.layout.Viewport;
import org.junit.jupiter.api.Test;

/** Lane levels built by a worker: stand-ins meanwhile, hand-back on the engine's thread, stale results dropped. */
class LaneLevelCacheTest {

    private static final double START = LocalDate.of(2011, 3, 1).toEpochDay();

    /** Runs nothing until told: the test decides when the worker and the UI thread get to run. */
    private static final class ManualExecutor implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    private final ManualExecutor work = new ManualExecutor();
    private final ManualExecutor publish = new ManualExecutor();
    private int repaints;

    private static final TimelineLayoutEngine FRAME =
            new TimelineLayoutEngine(TextMeasure.approximate(12), ItemMetrics.standard());

    private LaneLevelCache engine(List<Event> events) {
        LaneLevelCache engine = new LaneLevelCache(FRAME);
        EventTable table = EventTable.of(events);
        engine.setData(table, LaneAssigner.assign(table, LaneGrouping.EVENT_TYPE, List.of()));
        engine.buildInBackground(work, publish, () -> repaints++);
        return engine;
    }

    private static TimelineLayout layout(LaneLevelCache engine, double days) {
        return FRAME.layout(new Viewport(START, START + days, 1200, 20_000, 0, Set.of()), engine);
    }

    private static double pxPerDay(double days) {
        return (1200 - TimelineLayoutEngine.HEADER_WIDTH) / days;
    }

    @Test
    void aLaneWithoutAnyLevelIsBuiltInTheFrameSoTheFirstFrameIsComplete() {
        LaneLevelCache engine = engine(SampleEvents.synthetic(2000, 4, 5));

        TimelineLayout first = layout(engine, 400);

        assertThat(first.items().size() + first.clusters().size()).isPositive();
        Lane lane = engine.lanes().get(0);
        assertThat(engine.hasLevel(lane, pxPerDay(400))).isTrue();
    }

    @Test
    void aNewZoomDrawsTheNearestLevelMeanwhileAndTheExactOneAfterHandBack() {
        LaneLevelCache engine = engine(SampleEvents.synthetic(2000, 4, 5));
        layout(engine, 400);
        work.runAll();
        publish.runAll();
        Lane lane = engine.lanes().get(0);

        TimelineLayout meanwhile = layout(engine, 40);

        assertThat(engine.hasLevel(lane, pxPerDay(40))).isFalse();
        assertThat(engine.pendingBuilds()).isPositive();
        assertThat(meanwhile.items().size() + meanwhile.clusters().size()).isPositive();

        work.runAll();
        assertThat(engine.hasLevel(lane, pxPerDay(40))).as("not handed back before the UI thread runs").isFalse();
        int before = repaints;
        publish.runAll();

        assertThat(engine.hasLevel(lane, pxPerDay(40))).isTrue();
        assertThat(repaints).isGreaterThan(before);
        TimelineLayout exact = layout(engine, 40);
        LaneLevelCache sync = new LaneLevelCache(FRAME);
        sync.setData(engine.table(), engine.lanes());
        assertThat(signature(exact)).isEqualTo(signature(layout(sync, 40)));
    }

    @Test
    void resultsForReplacedDataAreDiscarded() {
        LaneLevelCache engine = engine(SampleEvents.synthetic(2000, 4, 5));
        layout(engine, 400);
        work.runAll();
        publish.runAll();
        layout(engine, 40);
        assertThat(engine.pendingBuilds()).isPositive();

        List<Event> other = SampleEvents.synthetic(500, 4, 9);
        EventTable table = EventTable.of(other);
        engine.setData(table, LaneAssigner.assign(table, LaneGrouping.EVENT_TYPE, List.of()));
        int before = repaints;
        work.runAll();
        publish.runAll();

        assertThat(engine.pendingBuilds()).isZero();
        assertThat(repaints).isEqualTo(before);
        for (Lane lane : engine.lanes()) {
            assertThat(engine.hasLevel(lane, pxPerDay(40))).isFalse();
        }
    }

    @Test
    void aSettledFramePreparesTheNeighbouringZooms() {
        LaneLevelCache engine = engine(SampleEvents.synthetic(2000, 4, 5));
        layout(engine, 400);

        work.runAll();
        publish.runAll();

        Lane lane = engine.lanes().get(0);
        assertThat(engine.hasLevel(lane, pxPerDay(400) * Math.pow(2, 0.25))).isTrue();
        assertThat(engine.hasLevel(lane, pxPerDay(400) / Math.pow(2, 0.25))).isTrue();
    }

    private static List<String> signature(TimelineLayout layout) {
        return Stream.concat(
                layout.items().stream().map(i -> i.event().id() + "@" + i.y() + ":" + i.label()),
                layout.clusters().stream().map(c -> "c" + c.x0() + "@" + c.y())).sorted().toList();
    }
}
