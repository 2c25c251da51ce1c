package org.diplomatictimeline.timeline.layout;

import java.util.Arrays;
import java.util.List;

/** Keyboard moves over events: previous/next in time within a lane, nearest in time in the lane above or below. */
public final class LaneNavigation {

    private LaneNavigation() {
    }

    /** The rank after {@code rank} in the lane (or the first one when nothing is selected); -1 at the end. */
    public static int next(Lane lane, int rank) {
        int[] m = lane.members();
        if (m.length == 0) {
            return -1;
        }
        if (rank < 0) {
            return m[0];
        }
        int i = Arrays.binarySearch(m, rank);
        int nextPos = i >= 0 ? i + 1 : -i - 1;
        return nextPos < m.length ? m[nextPos] : -1;
    }

    /** The rank before {@code rank} in the lane (or the last one when nothing is selected); -1 at the start. */
    public static int previous(Lane lane, int rank) {
        int[] m = lane.members();
        if (m.length == 0) {
            return -1;
        }
        if (rank < 0) {
            return m[m.length - 1];
        }
        int i = Arrays.binarySearch(m, rank);
        int prevPos = i >= 0 ? i - 1 : -i - 2;
        return prevPos >= 0 ? m[prevPos] : -1;
    }

    public static int first(Lane lane) {
        return lane.members().length == 0 ? -1 : lane.members()[0];
    }

    public static int last(Lane lane) {
        return lane.members().length == 0 ? -1 : lane.members()[lane.members().length - 1];
    }

    /** The member of {@code lane} whose start is nearest to {@code day}; -1 when the lane is empty. */
    public static int nearest(EventTable table, Lane lane, double day) {
        int[] m = lane.members();
        if (m.length == 0) {
            return -1;
        }
        int lo = 0;
        int hi = m.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (table.start(m[mid]) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == m.length) {
            return m[m.length - 1];
        }
        if (lo > 0 && day - table.start(m[lo - 1]) <= table.start(m[lo]) - day) {
            return m[lo - 1];
        }
        return m[lo];
    }

    /** The index of the first lane holding {@code rank}, or -1. */
    public static int laneOf(List<Lane> lanes, int rank) {
        for (int i = 0; i < lanes.size(); i++) {
            if (Arrays.binarySearch(lanes.get(i).members(), rank) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
