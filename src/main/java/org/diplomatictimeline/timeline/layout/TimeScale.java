package org.diplomatictimeline.timeline.layout;

/**
 * A linear map between time (epoch days, fractional) and horizontal pixels of the time area.
 *
 * @param start first visible instant, in days since 1970-01-01
 * @param end   last visible instant; always after start
 * @param width pixels the window is drawn across; positive
 */
public record TimeScale(double start, double end, double width) {

    public TimeScale {
        if (!(end > start)) {
            throw new IllegalArgumentException("empty window " + start + ".." + end);
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    public double pxPerDay() {
        return width / (end - start);
    }

    public double length() {
        return end - start;
    }

    /** The pixel position of an instant (may be outside [0, width]). */
    public double x(double day) {
        return (day - start) * width / (end - start);
    }

    /** The instant at a pixel position. */
    public double day(double x) {
        return start + x * (end - start) / width;
    }
}
