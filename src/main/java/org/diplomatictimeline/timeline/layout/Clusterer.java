package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Level of detail for one lane: events are binned by start into fixed-width bins aligned to day zero, and a bin
 * holding more than a threshold becomes one {@link Cluster}.
 *
 * <p>Bins are aligned to absolute time, not to the window, so panning never reshuffles clusters.
 */
public final class Clusterer {

    /**
     * The outcome: clusters and the members left to draw singly.
     *
     * @param singles ranks of events drawn individually, ascending
     */
    public record Result(List<Cluster> clusters, int[] singles) {
    }

    private Clusterer() {
    }

    /**
     * @param table     the compiled events
     * @param members   the lane's ranks, ascending (so starts ascend)
     * @param binDays   bin width in days
     * @param maxPerBin a bin with more members than this is clustered (0: every bin)
     */
    public static Result cluster(EventTable table, int[] members, double binDays, int maxPerBin) {
        List<Cluster> clusters = new ArrayList<>();
        int[] singles = new int[members.length];
        int singleCount = 0;
        int i = 0;
        while (i < members.length) {
            long bin = (long) Math.floor(table.start(members[i]) / binDays);
            int j = i + 1;
            while (j < members.length && (long) Math.floor(table.start(members[j]) / binDays) == bin) {
                j++;
            }
            if (j - i > maxPerBin) {
                double first = Double.POSITIVE_INFINITY;
                double last = Double.NEGATIVE_INFINITY;
                for (int k = i; k < j; k++) {
                    first = Math.min(first, table.start(members[k]));
                    last = Math.max(last, table.end(members[k]));
                }
                clusters.add(new Cluster(bin * binDays, (bin + 1) * binDays, j - i, first, last, members[i], i));
            } else {
                for (int k = i; k < j; k++) {
                    singles[singleCount++] = members[k];
                }
            }
            i = j;
        }
        return new Result(List.copyOf(clusters), Arrays.copyOf(singles, singleCount));
    }
}
