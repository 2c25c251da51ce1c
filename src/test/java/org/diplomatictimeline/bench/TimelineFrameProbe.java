package org.diplomatictimeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.timeline.SampleEvents;
import org.diplomatictimeline.timeline.TimeWindow;
import org.diplomatictimeline.timeline.TimelineView;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.skin.TimelineSkin;

/**
 * Splits a frame of the scripted sequence into its phases (layout+canvas recording, then rasterising the control
 * with the software pipeline) to show where the time goes. A plain main; see docs/BENCHMARKS-timeline.md.
 *
 * <p>Beside wall time it reports CPU time (ThreadMXBean) of the two threads that do a frame's work: the FX thread
 * (layout and canvas recording) and the render thread (the software rasteriser, which runs the snapshot). On a
 * shared, loaded machine wall time includes waiting for a core; CPU time does not.
 */
public final class TimelineFrameProbe {

    private TimelineFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        FutureTask<double[]> blank = new FutureTask<>(TimelineFrameProbe::blankSnapshots);
        Platform.runLater(blank);
        double[] b = blank.get();
        System.out.printf(Locale.ROOT, "rasterising an empty 1400x700 pane (the floor): p50 %.2f / p95 %.2f ms%n",
                pct(b, 0.5), pct(b, 0.95));
        System.out.println("events  wall ms: paint p50/p95  raster p50/p95  frame p50/p95 p99 | "
                + "cpu ms (FX + render thread): frame p50/p95 p99 | FX cpu p50/p95 | render cpu p50/p95");
        for (int n : sizes) {
            List<Event> corpus = SampleEvents.synthetic(n, 10, 2024);
            List<TimeWindow> script = TimelineRenderBench.script(EventTable.of(corpus));
            double[][] t = run(corpus, script);
            System.out.printf(Locale.ROOT,
                    "%7d  %6.2f / %6.2f  %6.2f / %6.2f  %6.2f / %6.2f %6.2f | %6.2f / %6.2f %6.2f | %6.2f / %6.2f | %6.2f / %6.2f%n", n,
                    pct(t[0], 0.5), pct(t[0], 0.95), pct(t[1], 0.5), pct(t[1], 0.95),
                    pct(t[2], 0.5), pct(t[2], 0.95), pct(t[2], 0.99), pct(t[3], 0.5), pct(t[3], 0.95),
                    pct(t[3], 0.99), pct(t[4], 0.5), pct(t[4], 0.95), pct(t[5], 0.5), pct(t[5], 0.95));
            System.out.printf(Locale.ROOT, "         per frame, outside the frames: FX+render cpu %.2f ms, "
                    + "level-builder thread cpu %.2f ms%n", t[6][0], t[6][1]);
        }
        if (Integer.getInteger("probe.warmup", 0) > 0) {
            System.out.println("(after " + Integer.getInteger("probe.warmup") + " unmeasured passes of the script)");
        }
        Platform.exit();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /**
     * Runs the script three times, each frame as its own FX task (as pulses are), so levels built in the background
     * are handed back between frames as in the application. Per frame: wall and CPU time of the FX thread (inside
     * the task) and of the render thread; over the run: CPU of the FX thread outside the frames (hand-backs,
     * repaints asked for by finished levels) and of the level-builder thread, reported per frame.
     */
    private static double[][] run(List<Event> corpus, List<TimeWindow> script) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Object[] made = onFx(() -> {
            TimelineView view = new TimelineView();
            view.animatedProperty().set(false);
            view.getEvents().setAll(corpus);
            StackPane root = new StackPane(view);
            new Scene(root, 1400, 700);
            root.applyCss();
            root.layout();
            WritableImage image = new WritableImage(1400, 700);
            view.snapshot(null, image);
            return new Object[] {view, image, Thread.currentThread().getId()};
        });
        TimelineView view = (TimelineView) made[0];
        WritableImage image = (WritableImage) made[1];
        long fxThread = (Long) made[2];
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        long renderThread = threadId(mx, "QuantumRenderer");
        int frames = script.size() * 3;
        double[] paint = new double[frames];
        double[] raster = new double[frames];
        double[] wall = new double[frames];
        double[] cpu = new double[frames];
        double[] fxCpu = new double[frames];
        double[] renderCpu = new double[frames];
        // -Dprobe.warmup=K: K unmeasured passes of the script first, so the figures are of JIT-compiled code; the
        // default 0 is the cold figure issue 11 sets its target on (the first pass is most of its p95)
        for (int i = 0; i < Integer.getInteger("probe.warmup", 0) * script.size(); i++) {
            TimeWindow w = script.get(i % script.size());
            onFx(() -> {
                view.setVisibleWindow(w);
                skin.paintNow();
                view.snapshot(null, image);
                return null;
            });
        }
        long fxStart = mx.getThreadCpuTime(fxThread);
        long renderStart = mx.getThreadCpuTime(renderThread);
        long builderStart = cpuOfAll(mx, "timeline-level-builder");
        for (int i = 0; i < frames; i++) {
            TimeWindow w = script.get(i % script.size());
            int f = i;
            onFx(() -> {
                long f0 = mx.getCurrentThreadCpuTime();
                long r0 = mx.getThreadCpuTime(renderThread);
                long t0 = System.nanoTime();
                view.setVisibleWindow(w);
                skin.paintNow();
                long t1 = System.nanoTime();
                view.snapshot(null, image);
                long t2 = System.nanoTime();
                long f1 = mx.getCurrentThreadCpuTime();
                long r1 = mx.getThreadCpuTime(renderThread);
                paint[f] = (t1 - t0) / 1e6;
                raster[f] = (t2 - t1) / 1e6;
                wall[f] = (t2 - t0) / 1e6;
                cpu[f] = (f1 - f0 + r1 - r0) / 1e6;
                fxCpu[f] = (f1 - f0) / 1e6;
                renderCpu[f] = (r1 - r0) / 1e6;
                return null;
            });
        }
        String dump = System.getProperty("probe.frames");
        if (dump != null) {
            // -Dprobe.frames=FILE: one line per measured frame (step of the script, wall, FX and render CPU), to
            // see which steps make the p95
            StringBuilder out = new StringBuilder("frame step wall fxCpu renderCpu\n");
            for (int i = 0; i < frames; i++) {
                out.append(String.format(Locale.ROOT, "%d %d %.3f %.3f %.3f%n", i, i % script.size(), wall[i],
                        fxCpu[i], renderCpu[i]));
            }
            Files.writeString(Path.of(dump + "-" + corpus.size()), out);
        }
        double fxTotal = (mx.getThreadCpuTime(fxThread) - fxStart) / 1e6;
        double renderTotal = (mx.getThreadCpuTime(renderThread) - renderStart) / 1e6;
        // a control's builder thread starts with its first background build, possibly during the run
        double builderTotal = (cpuOfAll(mx, "timeline-level-builder") - builderStart) / 1e6;
        double inFrames = Arrays.stream(cpu).sum();
        double[] totals = {(fxTotal + renderTotal - inFrames) / frames, builderTotal / frames};
        return new double[][] {paint, raster, wall, cpu, fxCpu, renderCpu, totals};
    }

    /** CPU time of all live threads with a name prefix. */
    static long cpuOfAll(ThreadMXBean mx, String prefix) {
        long sum = 0;
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith(prefix)) {
                sum += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    /** The newest live thread with a name prefix ("QuantumRenderer" rasterises snapshots); -1 if not found. */
    static long threadId(ThreadMXBean mx, String prefix) {
        // the newest one: each control has its own level builder, and earlier sizes' controls are still alive
        long id = -1;
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith(prefix)) {
                id = Math.max(id, t.getThreadId());
            }
        }
        return id;
    }

    private static double[] blankSnapshots() {
        StackPane root = new StackPane();
        root.setStyle("-fx-background-color: white;");
        new Scene(root, 1400, 700);
        WritableImage image = new WritableImage(1400, 700);
        double[] t = new double[300];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            root.snapshot(null, image);
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        return t;
    }

    private static double pct(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
    }
}
