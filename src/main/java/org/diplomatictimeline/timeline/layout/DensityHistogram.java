package org.diplomatictimeline.timeline.layout;

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
        if (!(end > start) || bins < 1) {
            throw new IllegalArgumentException("bad histogram range " + start + ".." + end + " / " + bins);
        }
        int[] counts = new int[bins];
        double perBin = (end - start) / bins;
        for (int r = 0; r < table.size(); r++) {
            double mid = (table.start(r) + table.end(r)) / 2;
            int b = (int) Math.floor((mid - start) / perBin);
            if (b >= 0 && b < bins) {
                counts[b]++;
            }
        }
        return new DensityHistogram(start, end, counts);
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
