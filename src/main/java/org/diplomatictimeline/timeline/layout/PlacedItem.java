package org.diplomatictimeline.timeline.layout;

import org.diplomatictimeline.model.Event;

/**
 * One event placed in pixels.
 *
 * @param x0     left edge of the mark (a marker's box, a bar's start, an earlier-pointing arrow's tip)
 * @param x1     right edge of the mark (a bar's end, a later-pointing arrow's tip)
 * @param anchor the marker centre for points and open-ended items; the bar start for spans
 * @param label  the title as drawn, elided to its room, or empty when hidden
 */
public record PlacedItem(int rank, Event event, ItemKind kind, boolean inferred, int lane, double x0, double x1,
                         double anchor, double y, double height, String label, double labelX, double labelWidth) {

    /** True when (x, y) falls on the mark or its label. */
    public boolean contains(double x, double py) {
        double right = label.isEmpty() ? x1 : Math.max(x1, labelX + labelWidth);
        return py >= y - 2 && py <= y + height + 2 && x >= x0 - 3 && x <= right + 3;
    }
}
