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
 */
public record ItemMetrics(double markerRadius, double arrowLength, double labelGap, double itemGap, double labelCap,
                          double rowHeight, double binWidth, int maxPerBin) {

    public ItemMetrics {
        if (markerRadius <= 0 || rowHeight <= 0 || binWidth <= 0 || maxPerBin < 1 || labelCap < 0) {
            throw new IllegalArgumentException("bad item metrics");
        }
    }

    public static ItemMetrics standard() {
        return new ItemMetrics(5, 18, 4, 8, 190, 22, 44, 4);
    }

    /**
     * The days an item occupies in its row at a zoom level, label included: {start, end}.
     *
     * <p>Computed at the lowest pixels-per-day of a zoom bucket, so at any zoom within the bucket the drawn boxes
     * only shrink around their anchors and items stacked apart stay apart.
     */
    public double[] extent(ItemKind kind, double start, double end, double labelWidth, double pxPerDay) {
        double label = labelWidth > 0 ? labelGap + labelWidth : 0;
        return switch (kind) {
            case POINT -> new double[] {start + 0.5 - (markerRadius + 1) / pxPerDay,
                    start + 0.5 + (markerRadius + label + itemGap) / pxPerDay};
            case RANGE, FUZZY -> {
                double bar = (end - start) * pxPerDay;
                boolean inside = labelWidth > 0 && bar >= labelWidth + 2 * labelGap;
                double after = inside ? itemGap : label + itemGap;
                yield new double[] {start - 1 / pxPerDay, Math.max(end, start + 2 / pxPerDay) + after / pxPerDay};
            }
            case OPEN_AFTER -> new double[] {end - (markerRadius + 1) / pxPerDay,
                    end + (arrowLength + label + itemGap) / pxPerDay};
            case OPEN_BEFORE -> new double[] {start - (arrowLength + 1) / pxPerDay,
                    start + (markerRadius + label + itemGap) / pxPerDay};
        };
    }
}
