package org.diplomatictimeline.timeline.layout;

/**
 * Pixel sizes the layout reserves for items, shared by layout and painting so both agree on every box.
 *
 * @param markerRadius half the width of a point marker
 * @param arrowLength  length of the arrow of an open-ended item
 * @param labelGap     space between a marker or bar and its label
 * @param itemGap      horizontal space kept free after an item's label before the next item in the row
 * @param labelCap     longest label drawn; longer titles are elided
 * @param rowHeight    height of one stacking row
 * @param binWidth     width of a clustering bin, in pixels at the zoom level
 * @param maxPerBin    a bin with more items than this becomes a cluster
 * @param maxRows      a lane needing more rows than this at a zoom is clustered harder until it fits
 */
public record ItemMetrics(double markerRadius, double arrowLength, double labelGap, double itemGap, double labelCap,
                          double rowHeight, double binWidth, int maxPerBin, int maxRows) {

    public ItemMetrics {
        if (markerRadius <= 0 || rowHeight <= 0 || binWidth <= 0 || maxPerBin < 1 || labelCap < 0 || maxRows < 1) {
            throw new IllegalArgumentException("bad item metrics");
        }
    }

    public static ItemMetrics standard() {
        return new ItemMetrics(5, 18, 4, 8, 190, 22, 44, 4, 8);
    }

    /** These metrics for text {@code k} times the standard size: every length grows with it, the counts stay. */
    public ItemMetrics scaled(double k) {
        if (!(k > 0)) {
            throw new IllegalArgumentException("bad scale " + k);
        }
        return new ItemMetrics(markerRadius * k, arrowLength * k, labelGap * k, itemGap * k, labelCap * k,
                rowHeight * k, binWidth * k, maxPerBin, maxRows);
    }

    /**
     * The days an item occupies in its row at a zoom level, label included: {start, end}.
     *
     * <p>Computed at the lowest pixels-per-day of a zoom bucket, so at any zoom within the bucket the drawn boxes
     * only shrink around their anchors and items stacked apart stay apart.
     */
    public double[] extent(ItemKind kind, double start, double end, double labelWidth, double pxPerDay) {
        double[] s = new double[1];
        double[] e = new double[1];
        extent(kind, start, end, labelWidth, pxPerDay, s, e, 0);
        return new double[] {s[0], e[0]};
    }

    /** As {@link #extent(ItemKind, double, double, double, double)}, written into arrays to spare allocations. */
    public void extent(ItemKind kind, double start, double end, double labelWidth, double pxPerDay,
                       double[] starts, double[] ends, int at) {
        double label = labelWidth > 0 ? labelGap + labelWidth : 0;
        switch (kind) {
            case POINT -> {
                starts[at] = start + 0.5 - (markerRadius + 1) / pxPerDay;
                ends[at] = start + 0.5 + (markerRadius + label + itemGap) / pxPerDay;
            }
            case RANGE, FUZZY -> {
                double bar = (end - start) * pxPerDay;
                boolean inside = labelWidth > 0 && bar >= labelWidth + 2 * labelGap;
                double after = inside ? itemGap : label + itemGap;
                starts[at] = start - 1 / pxPerDay;
                ends[at] = Math.max(end, start + 2 / pxPerDay) + after / pxPerDay;
            }
            case OPEN_AFTER -> {
                starts[at] = end - (markerRadius + 1) / pxPerDay;
                ends[at] = end + (arrowLength + label + itemGap) / pxPerDay;
            }
            case OPEN_BEFORE -> {
                starts[at] = start - (arrowLength + 1) / pxPerDay;
                ends[at] = start + (markerRadius + label + itemGap) / pxPerDay;
            }
        }
    }
}
