package org.diplomatictimeline.timeline;

/**
 * A visible time range in epoch days (fractional, so zoom can go below a day).
 *
 * @param start first visible instant, in days since 1970-01-01
 * @param end   last visible instant; always after start
 */
public record TimeWindow(double start, double end) {

    public TimeWindow {
        if (!(end > start)) {
            throw new IllegalArgumentException("empty window " + start + ".." + end);
        }
    }

    public double length() {
        return end - start;
    }
}
