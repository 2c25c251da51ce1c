package org.diplomatictimeline.timeline.layout;

import java.util.List;

/**
 * Everything one frame draws, already in pixels: the skin only paints it and hit-tests against it.
 *
 * @param timeX         left edge of the time area (right of the lane headers)
 * @param visibleCount  events whose dates meet the window (each counted once, whatever its lanes)
 * @param contentHeight total height of all lanes, for vertical scrolling
 */
public record TimelineLayout(TimeScale scale, double timeX, double axisHeight, Axis axis, List<PlacedLane> lanes,
                             List<PlacedItem> items, List<PlacedCluster> clusters, int visibleCount,
                             double contentHeight) {

    public TimelineLayout {
        lanes = List.copyOf(lanes);
        items = List.copyOf(items);
        clusters = List.copyOf(clusters);
    }

    /** The frontmost item under a point, or null. */
    public PlacedItem itemAt(double x, double y) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).contains(x, y)) {
                return items.get(i);
            }
        }
        return null;
    }

    public PlacedCluster clusterAt(double x, double y) {
        for (PlacedCluster c : clusters) {
            if (c.contains(x, y)) {
                return c;
            }
        }
        return null;
    }

    /** The lane whose band holds a y position, or null. */
    public PlacedLane laneAt(double y) {
        for (PlacedLane l : lanes) {
            if (y >= l.y() && y < l.y() + l.height()) {
                return l;
            }
        }
        return null;
    }
}
