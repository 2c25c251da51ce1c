package org.diplomatictimeline.timeline.layout;

import java.time.LocalDate;

/**
 * How far the user may zoom and pan: a window between a minimum and maximum length, kept near the data.
 *
 * @param minLength shortest window, in days (about an hour)
 * @param maxLength longest window, in days (about two centuries)
 */
public record WindowLimits(double minLength, double maxLength) {

    public WindowLimits {
        if (!(minLength > 0) || maxLength < minLength) {
            throw new IllegalArgumentException("bad limits " + minLength + ".." + maxLength);
        }
    }

    public static WindowLimits standard() {
        return new WindowLimits(1.0 / 24, 200 * 365.25);
    }

    /**
     * Clamps a window {start, end} to the length limits and to the data extent plus a margin.
     *
     * @param dataMin earliest day of the data, or NaN when there is none (then only length is clamped)
     */
    public double[] clamp(double start, double end, double dataMin, double dataMax) {
        double len = Math.min(maxLength, Math.max(minLength, end - start));
        double centre = (start + end) / 2;
        double s = centre - len / 2;
        if (!Double.isNaN(dataMin)) {
            double margin = Math.max(Math.max(0.1 * (dataMax - dataMin), 0.5 * len), 1);
            double lo = dataMin - margin;
            double hi = dataMax + margin;
            if (len >= hi - lo) {
                s = (lo + hi) / 2 - len / 2;
            } else {
                s = Math.min(Math.max(s, lo), hi - len);
            }
        }
        return new double[] {s, s + len};
    }

    /**
     * As {@link #fit(double, double)}, on a time area {@code widthPx} wide, with the end moved right until the last
     * day has {@code reservePx} free after it: room for the label of the latest event, which would be cut at the
     * edge otherwise. No reserve when the area is too narrow to spare it.
     */
    public double[] fit(double dataMin, double dataMax, double widthPx, double reservePx) {
        double[] w = fit(dataMin, dataMax);
        if (Double.isNaN(dataMin) || !(reservePx > 0) || widthPx < 3 * reservePx) {
            return w;
        }
        double last = dataMax + 1; // the latest event's day ends a day after it starts
        double end = (last * widthPx - reservePx * w[0]) / (widthPx - reservePx);
        // not clamped to the data again: that would pull a short corpus's window back over the reserve
        return end <= w[1] || end - w[0] > maxLength ? w : new double[] {w[0], end};
    }

    /** A window showing all data with a small margin; a default week around today's epoch day when empty. */
    public double[] fit(double dataMin, double dataMax) {
        if (Double.isNaN(dataMin)) {
            double today = LocalDate.now().toEpochDay();
            return new double[] {today - 15, today + 15};
        }
        double ext = dataMax - dataMin;
        double margin = Math.max(0.05 * ext, 1);
        return clamp(dataMin - margin, dataMax + margin, dataMin, dataMax);
    }
}
