package org.diplomatictimeline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.SampleEvents;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.ItemMetrics;
import org.diplomatictimeline.timeline.layout.LaneAssigner;
import org.diplomatictimeline.timeline.layout.LaneGrouping;
import org.diplomatictimeline.timeline.layout.TextMeasure;
import org.diplomatictimeline.timeline.layout.TimelineLayout;
import org.diplomatictimeline.timeline.layout.TimelineLayoutEngine;
import org.diplomatictimeline.timeline.layout.Viewport;
import org.diplomatictimeline.timeline.layout.WindowLimits;
import org.diplomatictimeline.timeline.skin.LaneLevelCache;
import org.diplomatictimeline.timeline.skin.TimelineSkin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-frame cost of the timeline on a scripted pan/zoom sequence, on synthetic corpora of 1k, 10k and 100k events.
 *
 * <p>{@code frame}: set the window, lay out, paint the canvases and rasterise the control into an image with the
 * software pipeline (headless Monocle), all on the FX thread. {@code layoutOnly}: the pure layout of the same frame.
 * Sample-time mode reports p50 and p95 per frame. The script zooms from ten years to a few days, pans, and zooms
 * back out; it cycles, so every measured frame is a real step of the sequence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Xmx2g"})
public class TimelineRenderBench {

    @Param({"1000", "10000", "100000"})
    public int events;

    private List<TimeWindow> script;
    private int step;
    private TimelineView view;
    private TimelineSkin skin;
    private WritableImage image;
    private TimelineLayoutEngine engine;
    private LaneLevelCache levels;

    /** The scripted sequence: fit, 40 zoom-in steps around a point, 60 pan steps, 40 zoom-out steps, pan back. */
    static List<TimeWindow> script(EventTable table) {
        double[] fit = WindowLimits.standard().fit(table.minDay(), table.maxDay());
        List<TimeWindow> out = new ArrayList<>();
        double s = fit[0];
        double e = fit[1];
        double pivot = s + (e - s) * 0.43;
        out.add(new TimeWindow(s, e));
        for (int i = 0; i < 40; i++) {
            s = pivot + (s - pivot) * 0.85;
            e = pivot + (e - pivot) * 0.85;
            out.add(new TimeWindow(s, e));
        }
        for (int i = 0; i < 60; i++) {
            double d = (e - s) * 0.03;
            s += d;
            e += d;
            out.add(new TimeWindow(s, e));
        }
        for (int i = 0; i < 40; i++) {
            s = pivot + (s - pivot) / 0.85;
            e = pivot + (e - pivot) / 0.85;
            out.add(new TimeWindow(s, e));
        }
        for (int i = 0; i < 30; i++) {
            double d = (e - s) * 0.02;
            s -= d;
            e -= d;
            out.add(new TimeWindow(s, e));
        }
        return out;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        List<Event> corpus = SampleEvents.synthetic(events, 10, 2024);
        EventTable table = EventTable.of(corpus);
        script = script(table);
        engine = new TimelineLayoutEngine(TextMeasure.approximate(12), ItemMetrics.standard());
        levels = new LaneLevelCache(engine);
        levels.setData(table, LaneAssigner.assign(table, LaneGrouping.EVENT_TYPE, List.of()));
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        onFx(() -> {
            view = new TimelineView();
            view.animatedProperty().set(false);
            view.getEvents().setAll(corpus);
            StackPane root = new StackPane(view);
            new Scene(root, 1400, 700);
            root.applyCss();
            root.layout();
            skin = (TimelineSkin) view.getSkin();
            image = new WritableImage(1400, 700);
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private TimeWindow next() {
        TimeWindow w = script.get(step);
        step = (step + 1) % script.size();
        return w;
    }

    @Benchmark
    public Object frame() throws Exception {
        TimeWindow w = next();
        return onFx(() -> {
            view.setVisibleWindow(w);
            skin.paintNow();
            return view.snapshot(null, image);
        });
    }

    @Benchmark
    public TimelineLayout layoutOnly() {
        TimeWindow w = next();
        // every scripted frame moves the window, as an animated zoom or a drag does
        return engine.layout(new Viewport(w.start(), w.end(), 1400, 640, 0, Set.of(), true), levels);
    }
}
