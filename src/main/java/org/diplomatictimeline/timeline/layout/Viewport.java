package org.diplomatictimeline.timeline.layout;

import java.util.Set;

/**
 * What one frame shows: the time window, the control's size, the vertical scroll of the lanes, and which lanes
 * are collapsed.
 *
 * @param width  the whole control's width; the time area starts after the lane headers
 * @param height the height available to axis and lanes
 * @param moving true while the window is being animated or dragged: the engine may then reuse a level built for a
 *               slightly coarser zoom instead of building one for this exact zoom (see decision 0051)
 */
public record Viewport(double start, double end, double width, double height, double scrollY,
                       Set<String> collapsed, boolean moving) {

    /** A settled viewport. */
    public Viewport(double start, double end, double width, double height, double scrollY, Set<String> collapsed) {
        this(start, end, width, height, scrollY, collapsed, false);
    }

    public Viewport {
        if (!(end > start) || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad viewport " + start + ".." + end + " " + width + "x" + height);
        }
        collapsed = Set.copyOf(collapsed);
    }
}
