package org.diplomatictimeline.timeline;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Eases the visible window toward a target over a few frames; a new target retargets it mid-flight.
 *
 * <p>Each frame closes a fixed fraction of the remaining distance per unit of time (exponential easing), so the
 * motion never waits for an animation to finish and input keeps its effect immediately.
 */
final class WindowAnimator {

    private static final double TIME_CONSTANT_NANOS = 55e6;

    private final Consumer<TimeWindow> sink;
    private TimeWindow current;
    private TimeWindow target;
    private long last;
    private boolean running;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };

    WindowAnimator(Consumer<TimeWindow> sink) {
        this.sink = sink;
    }

    /** The window the animation is heading to, or null when idle. */
    TimeWindow target() {
        return running ? target : null;
    }

    void animate(TimeWindow from, TimeWindow to) {
        current = from;
        target = to;
        if (!running) {
            running = true;
            last = 0;
            timer.start();
        }
    }

    void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }

    private void step(long now) {
        if (last == 0) {
            last = now;
            return;
        }
        double k = 1 - Math.exp(-(now - last) / TIME_CONSTANT_NANOS);
        last = now;
        double s = current.start() + (target.start() - current.start()) * k;
        double e = current.end() + (target.end() - current.end()) * k;
        double eps = target.length() * 2e-4;
        if (Math.abs(s - target.start()) < eps && Math.abs(e - target.end()) < eps) {
            current = target;
            stop();
        } else {
            current = new TimeWindow(s, e);
        }
        sink.accept(current);
    }
}
