package org.diplomatictimeline.timeline.layout;

import java.util.Arrays;

/**
 * Stacks items into rows so that no two items in a row overlap: a pure function of the set of items.
 *
 * <p>Items are taken in a global order (start, then a tie key such as the event's rank), never in input order,
 * and each goes to the lowest row that is free at its start (first fit). The same set therefore always gets the
 * same rows, whatever order it arrives in.
 */
public final class Stacker {

    private Stacker() {
    }

    /**
     * @param starts where each item's box begins (label and gaps included)
     * @param ends   where each box ends; at least its start
     * @param ties   a distinct key per item breaking equal starts
     * @return the row of each item, by input position; rows start at 0
     */
    public static int[] rows(double[] starts, double[] ends, int[] ties) {
        int n = starts.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IntOrder.sort(order, n, (a, b) -> {
            int c = Double.compare(starts[a], starts[b]);
            return c != 0 ? c : Integer.compare(ties[a], ties[b]);
        });
        return rowsInOrder(starts, ends, order);
    }

    /** First fit in a given order (which must be by start, then tie key). */
    static int[] rowsInOrder(double[] starts, double[] ends, int[] order) {
        int n = order.length;
        int[] rows = new int[n];
        double[] rowEnd = new double[8];
        int rowCount = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int r = 0;
            while (r < rowCount && rowEnd[r] > starts[i]) {
                r++;
            }
            if (r == rowCount) {
                if (rowCount == rowEnd.length) {
                    rowEnd = Arrays.copyOf(rowEnd, rowCount * 2);
                }
                rowCount++;
            }
            rowEnd[r] = ends[i];
            rows[i] = r;
        }
        return rows;
    }
}
