package org.diplomatictimeline.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.SampleEvents;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.ItemMetrics;
import org.diplomatictimeline.timeline.layout.LaneAssigner;
import org.diplomatictimeline.timeline.layout.LaneGrouping;
import org.diplomatictimeline.timeline.layout.TextMeasure;
import org.diplomatictimeline.timeline.layout.TimelineLayoutEngine;
import org.diplomatictimeline.timeline.layout.Viewport;
import org.diplomatictimeline.timeline.skin.LaneLevelCache;

/**
 * Heap the timeline adds per event: used heap after GC before and after compiling the events, assigning lanes and
 * running the whole scripted pan/zoom sequence (which fills the per-zoom caches), for 1k, 10k and 100k events.
 *
 * <p>A plain main, not JMH: run it with the command in docs/BENCHMARKS-timeline.md.
 */
public final class TimelineHeapBench {

    private TimelineHeapBench() {
    }

    private static long usedAfterGc() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(60);
            Runtime rt = Runtime.getRuntime();
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }

    public static void main(String[] args) throws Exception {
        // one untimed pass first, so class loading and JIT metadata are not charged to the first corpus
        measure(1_000, LaneGrouping.EVENT_TYPE, false);
        System.out.println("events  mode         bytes/event  (index+lanes+layout caches after the script)");
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            for (LaneGrouping mode : new LaneGrouping[] {LaneGrouping.EVENT_TYPE, LaneGrouping.COUNTRY_PAIR}) {
                measure(n, mode, true);
            }
        }
    }

    private static void measure(int n, LaneGrouping mode, boolean print) throws InterruptedException {
        List<Event> corpus = SampleEvents.synthetic(n, 10, 2024);
        long before = usedAfterGc();
        EventTable table = EventTable.of(corpus);
        TimelineLayoutEngine frame = new TimelineLayoutEngine(TextMeasure.approximate(12), ItemMetrics.standard());
        LaneLevelCache engine = new LaneLevelCache(frame);
        engine.setData(table, LaneAssigner.assign(table, mode, List.of()));
        for (TimeWindow w : TimelineRenderBench.script(table)) {
            frame.layout(new Viewport(w.start(), w.end(), 1400, 640, 0, Set.of()), engine);
        }
        long after = usedAfterGc();
        if (engine.table().size() != corpus.size()) {
            throw new IllegalStateException("lost events");
        }
        if (print) {
            System.out.printf(Locale.ROOT, "%7d  %-12s %8.0f%n", n, mode, (after - before) / (double) n);
        }
    }
}
