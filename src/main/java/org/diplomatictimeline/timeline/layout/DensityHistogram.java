package org.diplomatictimeline.timeline.layout;

import java.util.Arrays;

/** Counts of events per equal time bin over a range, for the overview band. */
public final class DensityHistogram {

    private final double start;
    private final double end;
    private final int[] counts;
    private final int max;

    private DensityHistogram(double start, double end, int[] counts) {
        this.start = start;
        this.end = end;
        this.counts = counts;
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        this.max = m;
    }

    /** Bins every event of the table by the middle of its span; O(n). */
    public static DensityHistogram of(EventTable table, double start, double end, int bins) {
        return of(middles(table), start, end, bins);
    }

    /**
     * The middles of the table's events' spans, ascending: what {@link #of(double[], double, double, int)} bins.
     * Computed once per table, so a band whose span follows the window does not walk every event per frame.
     */
    public static double[] middles(EventTable table) {
        double[] mids = new double[table.size()];
        for (int r = 0; r < mids.length; r++) {
            mids[r] = (table.start(r) + table.end(r)) / 2;
        }
        Arrays.sort(mids);
        return mids;
    }

    /**
     * Bins ascending middles (see {@link #middles}); O(bins log n). Each bin's count is found by binary search on
     * the same bin number an event-by-event count computes, which grows with the middle, so the counts are equal.
     */
    public static DensityHistogram of(double[] sortedMiddles, double start, double end, int bins) {
        if (!(end > start) || bins < 1) {
            throw new IllegalArgumentException("bad histogram range " + start + ".." + end + " / " + bins);
        }
        int[] counts = new int[bins];
        double perBin = (end - start) / bins;
        int from = firstInBin(sortedMiddles, start, perBin, 0);
        for (int b = 0; b < bins; b++) {
            int to = firstInBin(sortedMiddles, start, perBin, b + 1);
            counts[b] = to - from;
            from = to;
        }
        return new DensityHistogram(start, end, counts);
    }

    /** The first index whose bin number is at least {@code bin} (the length when none is). */
    private static int firstInBin(double[] mids, double start, double perBin, int bin) {
        int lo = 0;
        int hi = mids.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Math.floor((mids[mid] - start) / perBin) < bin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public double start() {
        return start;
    }

    public double end() {
        return end;
    }

    public int bins() {
        return counts.length;
    }

    public int count(int bin) {
        return counts[bin];
    }

    public int max() {
        return max;
    }

    public int total() {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return t;
    }
}
