package org.diplomatictimeline.timeline.layout;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * One lane laid out at one zoom bucket: its clusters and single events ("units") with their rows, indexed by time.
 *
 * <p>Built for the whole lane, so an event keeps its row while the user pans; rebuilt only when the zoom crosses
 * into another bucket. Each frame then asks the index for the units in the window, in O(log n + k).
 */
public final class LaneLevel {

    private final List<Cluster> clusters;
    private final int[] rank;
    private final int[] cluster;
    private final double[] extStart;
    private final double[] extEnd;
    private final double[] labelWidth;
    private final int[] row;
    private final int rowCount;
    private final TimeIndex index;

    private LaneLevel(List<Cluster> clusters, int[] rank, int[] cluster, double[] extStart, double[] extEnd,
                      double[] labelWidth, int[] row) {
        this.clusters = clusters;
        this.rank = rank;
        this.cluster = cluster;
        this.extStart = extStart;
        this.extEnd = extEnd;
        this.labelWidth = labelWidth;
        this.row = row;
        int max = -1;
        for (int r : row) {
            max = Math.max(max, r);
        }
        this.rowCount = max + 1;
        this.index = new TimeIndex(extStart, extEnd);
    }

    /**
     * Clusters and stacks a lane at the given pixels-per-day.
     *
     * @param pxPerDay the smallest scale of the zoom bucket (see {@link ItemMetrics#extent})
     */
    public static LaneLevel build(EventTable table, Lane lane, double pxPerDay, TextMeasure measure,
                                  ItemMetrics metrics) {
        return build(table, lane, pxPerDay, (IntToDoubleFunction) r -> measure.width(table.event(r).title()),
                metrics);
    }

    /**
     * As {@link #build(EventTable, Lane, double, TextMeasure, ItemMetrics)}, with each event's title width given by
     * rank (measured once per table: measuring every title again for every zoom was half of a level's build).
     */
    public static LaneLevel build(EventTable table, Lane lane, double pxPerDay, double[] titleWidths,
                                  ItemMetrics metrics) {
        return build(table, lane, pxPerDay, (IntToDoubleFunction) r -> titleWidths[r], metrics);
    }

    private static LaneLevel build(EventTable table, Lane lane, double pxPerDay, IntToDoubleFunction titleWidth,
                                   ItemMetrics metrics) {
        // a dense stretch would make the whole lane tall: lower the cluster threshold until the rows fit
        // (threshold 0 clusters every bin, and clusters fill disjoint bins, so one row always fits)
        for (int threshold = metrics.maxPerBin(); ; threshold--) {
            LaneLevel level = build(table, lane, pxPerDay, titleWidth, metrics, threshold);
            if (level.rowCount() <= metrics.maxRows() || threshold == 0) {
                return level;
            }
        }
    }

    private static LaneLevel build(EventTable table, Lane lane, double pxPerDay, IntToDoubleFunction titleWidth,
                                   ItemMetrics metrics, int threshold) {
        Clusterer.Result lod = Clusterer.cluster(table, lane.members(), metrics.binWidth() / pxPerDay, threshold);
        int[] singles = lod.singles();
        int n = singles.length + lod.clusters().size();
        double[] s = new double[n];
        double[] e = new double[n];
        double[] lw = new double[n];
        int[] ties = new int[n];
        int[] rk = new int[n];
        int[] cl = new int[n];
        for (int i = 0; i < singles.length; i++) {
            int r = singles[i];
            double w = Math.min(metrics.labelCap(), titleWidth.applyAsDouble(r));
            metrics.extent(table.kind(r), table.start(r), table.end(r), w, pxPerDay, s, e, i);
            lw[i] = w;
            ties[i] = r;
            rk[i] = r;
            cl[i] = -1;
        }
        for (int c = 0; c < lod.clusters().size(); c++) {
            Cluster k = lod.clusters().get(c);
            int i = singles.length + c;
            s[i] = k.binStart();
            e[i] = k.binEnd();
            ties[i] = k.firstRank();
            rk[i] = -1;
            cl[i] = c;
        }
        // singles and clusters each come in start order: merge them, then the sort only fixes small shifts
        int[] order = new int[n];
        int single = 0;
        int clustered = singles.length;
        for (int k = 0; k < n; k++) {
            order[k] = clustered >= n || (single < singles.length && s[single] <= s[clustered])
                    ? single++ : clustered++;
        }
        IntOrder.sort(order, n, (a, b) -> {
            int c = Double.compare(s[a], s[b]);
            return c != 0 ? c : Integer.compare(ties[a], ties[b]);
        });
        double[] ss = new double[n];
        double[] ee = new double[n];
        double[] ww = new double[n];
        int[] tt = new int[n];
        int[] rr = new int[n];
        int[] cc = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            ss[k] = s[i];
            ee[k] = e[i];
            ww[k] = lw[i];
            tt[k] = ties[i];
            rr[k] = rk[i];
            cc[k] = cl[i];
        }
        int[] identity = new int[n];
        for (int k = 0; k < n; k++) {
            identity[k] = k;
        }
        // already in (start, tie) order: stack without sorting again
        int[] rows = Stacker.rowsInOrder(ss, ee, identity);
        return new LaneLevel(lod.clusters(), rr, cc, ss, ee, ww, rows);
    }

    public int unitCount() {
        return rank.length;
    }

    /** Rows used by the lane at this level (at least one, so an empty lane still has a line). */
    public int rowCount() {
        return Math.max(1, rowCount);
    }

    public TimeIndex index() {
        return index;
    }

    /** The event rank of a single unit, or -1 for a cluster. */
    public int rank(int unit) {
        return rank[unit];
    }

    /** The cluster of a unit, or null for a single event. */
    public Cluster cluster(int unit) {
        return cluster[unit] < 0 ? null : clusters.get(cluster[unit]);
    }

    public List<Cluster> clusters() {
        return clusters;
    }

    public int row(int unit) {
        return row[unit];
    }

    public double extentStart(int unit) {
        return extStart[unit];
    }

    public double extentEnd(int unit) {
        return extEnd[unit];
    }

    /** The label width reserved for a single unit (capped, measured). */
    public double labelWidth(int unit) {
        return labelWidth[unit];
    }
}
