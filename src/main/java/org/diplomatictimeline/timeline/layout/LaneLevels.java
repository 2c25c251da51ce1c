package org.diplomatictimeline.timeline.layout;

import java.util.List;

/**
 * The lanes of a frame and their levels (clustering and stacking at one zoom), as their owner holds them: the
 * owner decides whether levels are cached or built on another thread, {@link TimelineLayoutEngine} only reads them.
 */
public interface LaneLevels {

    EventTable table();

    List<Lane> lanes();

    /**
     * The level to draw a lane with at this zoom; while {@code moving}, a coarser level built already may stand in
     * (it reserves more room than needed, so nothing overlaps).
     */
    LaneLevel level(Lane lane, double pxPerDay, boolean moving);

    /** Rows of a lane at this zoom, or at the nearest zoom known: lanes off screen are sized without a build. */
    int knownRows(Lane lane, double pxPerDay);
}
