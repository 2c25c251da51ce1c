package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each label beside its mark the room it really has: up to the next mark in its row (or the right edge of
 * the time area), not just the box stacking reserved for it. Stacking caps that box so rows stay few; where a row
 * is empty to the right, a long title need not be cut there.
 */
final class LabelRoom {

    private final Map<Integer, double[]> marksByBand = new HashMap<>();
    private final Map<Integer, List<Double>> collecting = new HashMap<>();

    /** Records a mark (item or cluster) starting at {@code x0} in a band. */
    void mark(int band, double x0) {
        collecting.computeIfAbsent(band, b -> new ArrayList<>()).add(x0);
    }

    /**
     * The candidates with widened limits: a label that {@code widens} may run to {@code gap} before the next mark
     * to its right in its band, never past {@code rightEdge} and never less far than stacking allowed (unless that
     * passed the right edge: then it is elided at the edge rather than cut by it).
     */
    List<LabelPlacer.Candidate> widen(List<LabelPlacer.Candidate> candidates, boolean[] widens, double gap,
                                      double rightEdge) {
        for (Map.Entry<Integer, List<Double>> e : collecting.entrySet()) {
            double[] xs = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(xs);
            marksByBand.put(e.getKey(), xs);
        }
        collecting.clear();
        List<LabelPlacer.Candidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            LabelPlacer.Candidate c = candidates.get(i);
            double limit = c.limit();
            if (widens[i]) {
                double next = nextMark(marksByBand.get(c.band()), c.x());
                limit = Math.max(limit, next - gap);
            }
            limit = Math.min(limit, rightEdge);
            out.add(limit == c.limit() ? c : new LabelPlacer.Candidate(c.id(), c.band(), c.text(), c.x(), limit, c.key()));
        }
        return out;
    }

    private static double nextMark(double[] xs, double x) {
        if (xs == null) {
            return Double.POSITIVE_INFINITY;
        }
        int i = Arrays.binarySearch(xs, x);
        int at = i >= 0 ? i + 1 : -i - 1;
        while (at < xs.length && xs[at] <= x) {
            at++;
        }
        return at < xs.length ? xs[at] : Double.POSITIVE_INFINITY;
    }
}
