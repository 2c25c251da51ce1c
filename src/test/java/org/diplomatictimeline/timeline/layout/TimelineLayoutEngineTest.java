package org.diplomatictimeline.timeline.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimelineLayoutEngineTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate(12);
    private static final double START = LocalDate.of(2011, 3, 1).toEpochDay();

    private static FrameUnderTest engine(List<Event> events, LaneGrouping mode) {
        FrameUnderTest engine = new FrameUnderTest(MEASURE, ItemMetrics.standard());
        EventTable table = EventTable.of(events);
        engine.setData(table, LaneAssigner.assign(table, mode, List.of()));
        return engine;
    }

    private static TimelineLayout layout(FrameUnderTest engine, double start, double days) {
        return engine.layout(new Viewport(start, start + days, 1200, 20_000, 0, Set.of()));
    }

    /** The drawn box of an item, mark and label. */
    private static double right(PlacedItem i) {
        return i.label().isEmpty() ? i.x1() : Math.max(i.x1(), i.labelX() + i.labelWidth());
    }

    @ParameterizedTest(name = "{0} days of 3000 events")
    @CsvSource({"7", "30", "120", "400", "1500"})
    void itemsAndClustersInALaneRowNeverOverlap(double days) {
        TimelineLayout layout = layout(engine(SampleEvents.synthetic(3000, 5, 17), LaneGrouping.COUNTRY), START, days);
        Map<Double, List<double[]>> rows = new HashMap<>();
        for (PlacedItem i : layout.items()) {
            rows.computeIfAbsent(i.y(), y -> new ArrayList<>()).add(new double[] {i.x0(), right(i)});
        }
        for (PlacedCluster c : layout.clusters()) {
            rows.computeIfAbsent(c.y(), y -> new ArrayList<>()).add(new double[] {c.x0(), c.x1()});
        }
        assertThat(layout.items().size() + layout.clusters().size()).isPositive();
        for (List<double[]> row : rows.values()) {
            row.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int k = 1; k < row.size(); k++) {
                assertThat(row.get(k)[0]).as("boxes in a row overlap").isGreaterThanOrEqualTo(row.get(k - 1)[1]);
            }
        }
    }

    private static List<String> signature(TimelineLayout layout) {
        List<String> out = new ArrayList<>();
        for (PlacedItem i : layout.items()) {
            out.add(i.event().id() + "@" + i.lane() + "/" + i.y() + "/" + i.x0() + "/" + i.label());
        }
        for (PlacedCluster c : layout.clusters()) {
            out.add("cluster" + c.cluster().count() + "@" + c.lane() + "/" + c.y() + "/" + c.x0());
        }
        return out;
    }

    @Test
    void layoutIsTheSameForAnyInputOrder() {
        List<Event> events = SampleEvents.synthetic(2000, 3, 23);
        List<String> expected = signature(layout(engine(events, LaneGrouping.COUNTRY_PAIR), START, 60));
        for (long seed = 0; seed < 3; seed++) {
            List<Event> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(signature(layout(engine(shuffled, LaneGrouping.COUNTRY_PAIR), START, 60)))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anEventKeepsItsRowWhilePanning() {
        FrameUnderTest engine = engine(SampleEvents.synthetic(3000, 3, 29), LaneGrouping.EVENT_TYPE);
        TimelineLayout before = layout(engine, START, 40);
        TimelineLayout after = layout(engine, START + 13.7, 40);
        Map<String, Double> rowBefore = new HashMap<>();
        before.items().forEach(i -> rowBefore.put(i.event().id() + "@" + i.lane(), i.y()));
        int common = 0;
        for (PlacedItem i : after.items()) {
            Double y = rowBefore.get(i.event().id() + "@" + i.lane());
            if (y != null) {
                assertThat(i.y()).isEqualTo(y);
                common++;
            }
        }
        assertThat(common).isGreaterThan(10);
    }

    @ParameterizedTest(name = "{0} px/day")
    @CsvSource({"0.05", "0.5", "3", "20", "200"})
    void clustersConserveCounts(double pxPerDay) {
        EventTable table = EventTable.of(SampleEvents.synthetic(4000, 6, 31));
        for (Lane lane : LaneAssigner.assign(table, LaneGrouping.COUNTRY, List.of())) {
            LaneLevel level = LaneLevel.build(table, lane, pxPerDay, MEASURE, ItemMetrics.standard());
            int total = 0;
            for (int u = 0; u < level.unitCount(); u++) {
                total += level.cluster(u) == null ? 1 : level.cluster(u).count();
            }
            assertThat(total).isEqualTo(lane.size());
        }
    }

    @ParameterizedTest(name = "{0} px/day")
    @CsvSource({"0.05", "0.5", "3", "20", "200"})
    void noLaneNeedsMoreThanTheRowLimit(double pxPerDay) {
        EventTable table = EventTable.of(SampleEvents.synthetic(6000, 4, 43));
        for (Lane lane : LaneAssigner.assign(table, LaneGrouping.NONE, List.of())) {
            LaneLevel level = LaneLevel.build(table, lane, pxPerDay, MEASURE, ItemMetrics.standard());
            assertThat(level.rowCount()).isLessThanOrEqualTo(ItemMetrics.standard().maxRows());
        }
    }

    @Test
    void farZoomOutTurnsDenseLanesIntoFewClusters() {
        TimelineLayout layout = layout(engine(SampleEvents.synthetic(20_000, 5, 37), LaneGrouping.NONE), START - 400, 2600);
        assertThat(layout.clusters()).isNotEmpty();
        assertThat(layout.items().size() + layout.clusters().size()).isLessThan(200);
        assertThat(layout.clusters().stream().mapToInt(c -> c.cluster().count()).sum()).isGreaterThan(15_000);
    }

    @Test
    void onlyVisibleLanesAreTurnedIntoItems() {
        FrameUnderTest engine = engine(SampleEvents.synthetic(3000, 3, 41), LaneGrouping.COUNTRY);
        TimelineLayout small = engine.layout(new Viewport(START, START + 30, 1200, 150, 0, Set.of()));
        for (PlacedItem i : small.items()) {
            PlacedLane lane = small.lanes().get(i.lane());
            assertThat(lane.y()).isLessThan(150);
        }
        assertThat(small.lanes()).hasSizeGreaterThan(3);
    }

    @Test
    void collapsedLanesAreOneLineWithoutLabels() {
        FrameUnderTest engine = engine(SampleEvents.handMade(), LaneGrouping.COUNTRY);
        TimelineLayout layout = engine.layout(new Viewport(LocalDate.of(2019, 5, 1).toEpochDay(),
                LocalDate.of(2019, 8, 1).toEpochDay(), 1200, 800, 0, Set.of("country:RU")));
        PlacedLane ru = layout.lanes().get(0);
        assertThat(ru.collapsed()).isTrue();
        assertThat(ru.height()).isEqualTo(TimelineLayoutEngine.COLLAPSED_HEIGHT);
        assertThat(layout.items()).filteredOn(i -> i.lane() == 0).allMatch(i -> i.label().isEmpty());
    }

    @Test
    void visibleCountCountsEachEventOnce() {
        FrameUnderTest engine = engine(SampleEvents.handMade(), LaneGrouping.COUNTRY);
        TimelineLayout layout = engine.layout(new Viewport(LocalDate.of(2019, 1, 1).toEpochDay(),
                LocalDate.of(2020, 1, 1).toEpochDay(), 1200, 800, 0, Set.of()));
        assertThat(layout.visibleCount()).isEqualTo(8);
        assertThat(layout.items().size()).isGreaterThan(8);
    }

    @ParameterizedTest(name = "bucket {0}")
    @CsvSource({"-20", "-8", "0", "6", "12"})
    void levelsBuiltWithTitleWidthsMeasuredOnceEqualLevelsMeasuringEachTitle(int bucket) {
        TextMeasure measure = TextMeasure.approximate(12);
        List<Event> events = SampleEvents.synthetic(3000, 4, 5);
        EventTable table = EventTable.of(events);
        Lane lane = LaneAssigner.assign(table, LaneGrouping.EVENT_TYPE, List.of()).get(0);
        double px = TimelineLayoutEngine.bucketScale(bucket);

        LaneLevel measuring = LaneLevel.build(table, lane, px, measure, ItemMetrics.standard());
        LaneLevel fromEngine = new TimelineLayoutEngine(measure, ItemMetrics.standard()).buildLevel(table, lane, bucket);

        assertThat(fromEngine.unitCount()).isEqualTo(measuring.unitCount());
        assertThat(fromEngine.rowCount()).isEqualTo(measuring.rowCount());
        for (int u = 0; u < measuring.unitCount(); u++) {
            assertThat(fromEngine.rank(u)).isEqualTo(measuring.rank(u));
            assertThat(fromEngine.row(u)).isEqualTo(measuring.row(u));
            assertThat(fromEngine.labelWidth(u)).isEqualTo(measuring.labelWidth(u));
            assertThat(fromEngine.extentEnd(u)).isEqualTo(measuring.extentEnd(u));
        }
    }
}
