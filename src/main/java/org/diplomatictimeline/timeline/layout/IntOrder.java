package org.diplomatictimeline.timeline.layout;

/** A stable merge sort of int positions by a primitive comparison, so large layouts avoid boxing. */
final class IntOrder {

    /** Compares two positions; negative when {@code a} goes first. */
    @FunctionalInterface
    interface Comparison {
        int compare(int a, int b);
    }

    private IntOrder() {
    }

    /** Sorts {@code values} in place by {@code comparison}; equal elements keep their relative order. */
    static void sort(int[] values, int length, Comparison comparison) {
        // layouts hand over nearly sorted data (rank order shifted by a few pixels); insertion sort is linear
        // there, and gives up to the merge sort when the data turns out to be far from sorted
        if (insertionSort(values, length, comparison, 4L * length + 64)) {
            return;
        }
        int[] buffer = new int[length];
        int[] src = values;
        int[] dst = buffer;
        for (int width = 1; width < length; width <<= 1) {
            for (int lo = 0; lo < length; lo += 2 * width) {
                int mid = Math.min(lo + width, length);
                int hi = Math.min(lo + 2 * width, length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = comparison.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != values) {
            System.arraycopy(src, 0, values, 0, length);
        }
    }

    /** Sorts in place unless more than {@code budget} moves are needed; true when done. Stable. */
    private static boolean insertionSort(int[] values, int length, Comparison comparison, long budget) {
        int[] copy = values.clone();
        long moves = 0;
        for (int i = 1; i < length; i++) {
            int v = copy[i];
            int j = i - 1;
            while (j >= 0 && comparison.compare(v, copy[j]) < 0) {
                copy[j + 1] = copy[j];
                j--;
                if (++moves > budget) {
                    return false;
                }
            }
            copy[j + 1] = v;
        }
        System.arraycopy(copy, 0, values, 0, length);
        return true;
    }
}
