package org.diplomatictimeline.timeline.layout;

import java.util.function.IntConsumer;

/**
 * An immutable interval index answering "which items overlap [a, b]" in O(log n + k).
 *
 * <p>Items are positions 0..n-1 whose starts are sorted ascending; the index is an implicit balanced search tree
 * over that array (the middle of every range is its root) where each root also stores the largest end of its
 * subtree, so whole subtrees that end before {@code a} or start after {@code b} are skipped. Results come out in
 * start order, which callers rely on for stable drawing.
 */
public final class TimeIndex {

    private final double[] starts;
    private final double[] ends;
    private final double[] maxEnd;

    /**
     * @param sortedStarts item starts, ascending (not copied: the caller hands the arrays over)
     * @param ends         item ends, each at least its start
     */
    public TimeIndex(double[] sortedStarts, double[] ends) {
        if (sortedStarts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        for (int i = 1; i < sortedStarts.length; i++) {
            if (sortedStarts[i] < sortedStarts[i - 1]) {
                throw new IllegalArgumentException("starts not sorted at " + i);
            }
        }
        this.starts = sortedStarts;
        this.ends = ends;
        this.maxEnd = new double[starts.length];
        build(0, starts.length);
    }

    public int size() {
        return starts.length;
    }

    public double start(int position) {
        return starts[position];
    }

    public double end(int position) {
        return ends[position];
    }

    private double build(int lo, int hi) {
        if (lo >= hi) {
            return Double.NEGATIVE_INFINITY;
        }
        int mid = (lo + hi) >>> 1;
        double m = Math.max(ends[mid], Math.max(build(lo, mid), build(mid + 1, hi)));
        maxEnd[mid] = m;
        return m;
    }

    /** Reports, in start order, every position whose [start, end] meets [a, b]. */
    public void query(double a, double b, IntConsumer sink) {
        visit(0, starts.length, a, b, sink);
    }

    private void visit(int lo, int hi, double a, double b, IntConsumer sink) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] < a) {
                return;
            }
            visit(lo, mid, a, b, sink);
            if (starts[mid] > b) {
                return;
            }
            if (ends[mid] >= a) {
                sink.accept(mid);
            }
            lo = mid + 1;
        }
    }

    /** The number of items meeting [a, b]; O(k), use {@link EventTable#countOverlapping} for plain counts. */
    public int count(double a, double b) {
        int[] n = {0};
        query(a, b, i -> n[0]++);
        return n[0];
    }
}
