package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.List;

/** Chooses the tick step whose labels fit the zoom level and lays out the axis of a frame. */
public final class TickScale {

    /** Space kept between two neighbouring tick labels. */
    static final double LABEL_PADDING = 12;
    private static final int MAX_TICKS = 2000;

    private TickScale() {
    }

    /** The finest step whose widest label fits between its closest ticks. */
    public static TimeStep choose(TimeScale scale, TextMeasure measure) {
        double px = scale.pxPerDay();
        for (TimeStep step : TimeStep.values()) {
            if (step.minDays() * px >= measure.width(step.widestLabel()) + LABEL_PADDING) {
                return step;
            }
        }
        return TimeStep.CENTURY;
    }

    public static Axis axis(TimeScale scale, TextMeasure measure) {
        TimeStep step = choose(scale, measure);
        List<Tick> minor = new ArrayList<>();
        for (double t = step.floor(scale.start()); t <= scale.end() && minor.size() < MAX_TICKS; t = step.next(t)) {
            double x = scale.x(t);
            double nx = scale.x(step.next(t));
            String label = step.label(t);
            double w = measure.width(label);
            // centred in its interval, like a calendar cell; the chosen step guarantees room
            minor.add(new Tick(t, x, label, (x + nx) / 2 - w / 2, w));
        }
        List<Tick> major = new ArrayList<>();
        TimeStep big = step.major();
        if (big != null) {
            List<double[]> ticks = new ArrayList<>();
            for (double t = big.floor(scale.start()); t <= scale.end() && ticks.size() < MAX_TICKS; t = big.next(t)) {
                ticks.add(new double[] {t, scale.x(t)});
            }
            List<LabelPlacer.Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < ticks.size(); i++) {
                double x = ticks.get(i)[1];
                double limit = i + 1 < ticks.size() ? ticks.get(i + 1)[1] - 4 : scale.width();
                // the label of a period that began off-screen sticks to the left edge while there is room
                double lx = Math.max(x + 4, 4);
                candidates.add(new LabelPlacer.Candidate(i, 0, big.contextLabel(ticks.get(i)[0]), lx, limit));
            }
            List<LabelPlacer.Placed> placed = new LabelPlacer(measure, 24).place(candidates);
            String[] texts = new String[ticks.size()];
            double[] xs = new double[ticks.size()];
            for (LabelPlacer.Placed p : placed) {
                texts[p.id()] = p.text();
                xs[p.id()] = p.x();
            }
            for (int i = 0; i < ticks.size(); i++) {
                String text = texts[i] == null ? "" : texts[i];
                major.add(new Tick(ticks.get(i)[0], ticks.get(i)[1], text, xs[i], measure.width(text)));
            }
        }
        return new Axis(step, minor, major);
    }
}
