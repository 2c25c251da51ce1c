package org.diplomatictimeline.timeline.layout;

/**
 * An axis tick and its label box; an empty label means the label was hidden to avoid an overlap.
 *
 * @param x          the tick's pixel position in the time area
 * @param labelX     left edge of the label
 * @param labelWidth measured width of the label
 */
public record Tick(double day, double x, String label, double labelX, double labelWidth) {

    public Tick {
        if (label == null) {
            throw new IllegalArgumentException("label must not be null");
        }
    }

    public boolean labelled() {
        return !label.isEmpty();
    }
}
