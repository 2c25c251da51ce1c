package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places labels so that none overlap within a band (a row of text): labels of key events first, then the longest,
 * then each either fits whole, is elided into the free gap around it, or is hidden.
 */
public final class LabelPlacer {

    /**
     * A label that wants to be drawn.
     *
     * @param band  labels only collide within the same band (a row, or an axis line)
     * @param x     preferred left edge
     * @param limit the right edge it may never pass (end of its own reserved box)
     * @param key   a key event's label: placed before the others, so it stays when the view is dense
     */
    public record Candidate(int id, int band, String text, double x, double limit, boolean key) {

        public Candidate(int id, int band, String text, double x, double limit) {
            this(id, band, text, x, limit, false);
        }
    }

    /** A label that was placed: possibly elided text and its box. */
    public record Placed(int id, int band, String text, double x, double width) {
    }

    private final TextMeasure measure;
    private final double minWidth;

    /** @param minWidth labels that would be narrower than this after eliding are hidden instead */
    public LabelPlacer(TextMeasure measure, double minWidth) {
        this.measure = measure;
        this.minWidth = minWidth;
    }

    public List<Placed> place(List<Candidate> candidates) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing((Candidate c) -> !c.key())
                .thenComparingDouble((Candidate c) -> -measure.width(c.text()))
                .thenComparingDouble(Candidate::x).thenComparingInt(Candidate::id));
        Map<Integer, TreeMap<Double, Double>> taken = new HashMap<>();
        List<Placed> out = new ArrayList<>();
        for (Candidate c : order) {
            TreeMap<Double, Double> band = taken.computeIfAbsent(c.band(), b -> new TreeMap<>());
            var before = band.floorEntry(c.x());
            if (before != null && before.getValue() > c.x()) {
                continue;
            }
            var after = band.higherEntry(c.x());
            double right = Math.min(c.limit(), after == null ? Double.POSITIVE_INFINITY : after.getKey());
            String text = measure.elide(c.text(), right - c.x());
            double w = measure.width(text);
            if (text.isEmpty() || w < Math.min(minWidth, measure.width(c.text()))) {
                continue;
            }
            band.put(c.x(), c.x() + w);
            out.add(new Placed(c.id(), c.band(), text, c.x(), w));
        }
        out.sort(Comparator.comparingInt(Placed::band).thenComparingDouble(Placed::x));
        return List.copyOf(out);
    }
}
