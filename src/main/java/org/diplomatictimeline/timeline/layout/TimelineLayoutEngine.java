package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.Event;

/**
 * Lays out one frame: lanes top to bottom, and in each visible lane the clusters and events in the window.
 *
 * <p>Zoom is quantised into buckets of a quarter octave; a lane is clustered and stacked once per bucket for the
 * whole lane ({@link LaneLevel}, built by {@link #buildLevel}), so panning within a bucket only queries indexes and
 * events keep their rows. Only items in the window and in lanes on screen are turned into pixels. Which levels
 * exist, and whether they are cached or built on another thread, is the business of the {@link LaneLevels} given
 * to {@link #layout}; this class keeps no state between frames.
 */
public final class TimelineLayoutEngine {

    /** Width of the lane header column. */
    public static final double HEADER_WIDTH = 150;
    public static final double AXIS_HEIGHT = 42;
    public static final double LANE_PADDING = 6;
    public static final double COLLAPSED_HEIGHT = 24;
    private static final int BUCKETS_PER_OCTAVE = 4;

    private final TextMeasure measure;
    private final ItemMetrics metrics;
    /** Every title's width for the last table levels were built of; read by the level builder and the FX thread. */
    private volatile TitleWidths titleWidths;

    private record TitleWidths(EventTable table, double[] widths) {
    }

    public TimelineLayoutEngine(TextMeasure measure, ItemMetrics metrics) {
        this.measure = measure;
        this.metrics = metrics;
    }

    public ItemMetrics metrics() {
        return metrics;
    }

    /** The zoom bucket of a scale. */
    public static int bucket(double pxPerDay) {
        return (int) Math.floor(Math.log(pxPerDay) / Math.log(2) * BUCKETS_PER_OCTAVE);
    }

    /** The smallest pixels-per-day inside a zoom bucket (what levels are built for). */
    public static double bucketScale(int bucket) {
        return Math.pow(2, bucket / (double) BUCKETS_PER_OCTAVE);
    }

    /** Clusters and stacks a whole lane for one zoom bucket; a pure function of its arguments. */
    public LaneLevel buildLevel(EventTable table, Lane lane, int bucket) {
        return LaneLevel.build(table, lane, bucketScale(bucket), titleWidths(table), metrics);
    }

    /**
     * The width of each event's title, by rank, measured once per table: a level is built for every zoom bucket
     * a lane is shown at, and measuring its titles again each time was half of the build.
     */
    private double[] titleWidths(EventTable table) {
        TitleWidths known = titleWidths;
        if (known != null && known.table() == table) {
            return known.widths();
        }
        synchronized (this) {
            known = titleWidths;
            if (known == null || known.table() != table) {
                double[] widths = new double[table.size()];
                for (int r = 0; r < widths.length; r++) {
                    widths[r] = measure.width(table.event(r).title());
                }
                known = new TitleWidths(table, widths);
                titleWidths = known;
            }
            return known.widths();
        }
    }

    private double laneHeight(boolean collapsed, int rows) {
        return collapsed ? COLLAPSED_HEIGHT : Math.max(COLLAPSED_HEIGHT, 2 * LANE_PADDING + rows * metrics.rowHeight());
    }

    /** The frame for a viewport, over the lanes and levels the caller holds. */
    public TimelineLayout layout(Viewport view, LaneLevels levels) {
        return layout(view, levels, Set.of());
    }

    /**
     * The frame for a viewport, with the labels of the given key events placed first (see {@link LabelPlacer}).
     */
    public TimelineLayout layout(Viewport view, LaneLevels levels, Set<String> keyEvents) {
        EventTable table = levels.table();
        List<Lane> lanes = levels.lanes();
        double timeWidth = Math.max(1, view.width() - HEADER_WIDTH);
        TimeScale scale = new TimeScale(view.start(), view.end(), timeWidth);
        Axis axis = TickScale.axis(scale, measure);
        List<PlacedLane> placedLanes = new ArrayList<>();
        List<PlacedItem> items = new ArrayList<>();
        List<PlacedCluster> clusters = new ArrayList<>();
        List<LabelPlacer.Candidate> labels = new ArrayList<>();
        LabelRoom room = new LabelRoom();
        List<Boolean> widens = new ArrayList<>();
        double y = AXIS_HEIGHT - view.scrollY();
        double rowH = metrics.rowHeight();
        for (int li = 0; li < lanes.size(); li++) {
            Lane lane = lanes.get(li);
            boolean collapsed = view.collapsed().contains(lane.key());
            // lanes off screen are not laid out: their height comes from the nearest zoom level already built
            int rows = collapsed ? 1 : levels.knownRows(lane, scale.pxPerDay());
            double h = laneHeight(collapsed, rows);
            LaneLevel level = null;
            if (y + h > AXIS_HEIGHT && y < view.height()) {
                level = levels.level(lane, scale.pxPerDay(), view.moving());
                h = laneHeight(collapsed, level.rowCount());
            }
            PlacedLane placed = new PlacedLane(lane, li, y, h, collapsed);
            placedLanes.add(placed);
            if (level != null) {
                placeUnits(table, scale, level, placed, items, clusters, labels, room, widens, keyEvents);
            }
            y += h;
        }
        // labels were reserved room by stacking; the placer elides what still does not fit and never overlaps
        boolean[] widen = new boolean[widens.size()];
        for (int i = 0; i < widen.length; i++) {
            widen[i] = widens.get(i);
        }
        labels = room.widen(labels, widen, metrics.labelGap() + metrics.markerRadius(), HEADER_WIDTH + timeWidth);
        List<LabelPlacer.Placed> placedLabels = new LabelPlacer(measure, 18).place(labels);
        String[] text = new String[items.size()];
        double[] lx = new double[items.size()];
        double[] lw = new double[items.size()];
        for (LabelPlacer.Placed p : placedLabels) {
            text[p.id()] = p.text();
            lx[p.id()] = p.x();
            lw[p.id()] = p.width();
        }
        List<PlacedItem> labelled = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PlacedItem it = items.get(i);
            labelled.add(text[i] == null ? it : new PlacedItem(it.rank(), it.event(), it.kind(), it.inferred(),
                    it.lane(), it.x0(), it.x1(), it.anchor(), it.y(), it.height(), text[i], lx[i], lw[i]));
        }
        int visible = table.countOverlapping(view.start(), view.end());
        double content = y + view.scrollY() - AXIS_HEIGHT;
        return new TimelineLayout(scale, HEADER_WIDTH, AXIS_HEIGHT, axis, placedLanes, labelled, clusters, visible,
                content);
    }

    private void placeUnits(EventTable table, TimeScale scale, LaneLevel level, PlacedLane lane,
                            List<PlacedItem> items, List<PlacedCluster> clusters,
                            List<LabelPlacer.Candidate> labels, LabelRoom room, List<Boolean> widens,
                            Set<String> keyEvents) {
        double px = scale.pxPerDay();
        double rowH = metrics.rowHeight();
        double markH = rowH - 8;
        double ox = HEADER_WIDTH;
        level.index().query(scale.start(), scale.end(), unit -> {
            int row = lane.collapsed() ? 0 : level.row(unit);
            double top = lane.y() + (lane.collapsed() ? 4 : LANE_PADDING + row * rowH + 4);
            double h = lane.collapsed() ? COLLAPSED_HEIGHT - 8 : markH;
            Cluster c = level.cluster(unit);
            int band = lane.index() * 4096 + row;
            if (c != null) {
                room.mark(band, ox + scale.x(c.binStart()) + 1);
                clusters.add(new PlacedCluster(c, lane.index(), ox + scale.x(c.binStart()) + 1,
                        ox + scale.x(c.binEnd()) - 1, top, h));
                return;
            }
            int rank = level.rank(unit);
            Event e = table.event(rank);
            ItemKind kind = table.kind(rank);
            double s = ox + scale.x(table.start(rank));
            double en = ox + scale.x(table.end(rank));
            double r = metrics.markerRadius();
            double x0;
            double x1;
            double anchor;
            double labelX;
            double limit;
            double w = level.labelWidth(unit);
            double gap = metrics.labelGap();
            switch (kind) {
                case POINT -> {
                    anchor = ox + scale.x(table.start(rank) + 0.5);
                    x0 = anchor - r;
                    x1 = anchor + r;
                    labelX = x1 + gap;
                    limit = labelX + w;
                }
                case OPEN_AFTER -> {
                    anchor = en;
                    x0 = anchor - r;
                    x1 = anchor + metrics.arrowLength();
                    labelX = x1 + gap;
                    limit = labelX + w;
                }
                case OPEN_BEFORE -> {
                    anchor = s;
                    x0 = anchor - metrics.arrowLength();
                    x1 = anchor + r;
                    labelX = x1 + gap;
                    limit = labelX + w;
                }
                default -> {
                    anchor = s;
                    x0 = s;
                    x1 = Math.max(en, s + 2);
                    if (x1 - x0 >= w + 2 * gap) {
                        // keep the label of a long bar readable when its start is scrolled off to the left
                        labelX = Math.max(x0 + gap, Math.min(ox + gap, x1 - w - gap));
                        limit = x1 - gap;
                    } else {
                        labelX = x1 + gap;
                        limit = labelX + w;
                    }
                }
            }
            int id = items.size();
            room.mark(band, x0);
            items.add(new PlacedItem(rank, e, kind, table.inferred(rank), lane.index(), x0, x1, anchor, top, h, "",
                    labelX, 0));
            if (!lane.collapsed() && w > 0 && labelX < ox + scale.width()) {
                labels.add(new LabelPlacer.Candidate(id, band, e.title(), labelX, limit, keyEvents.contains(e.id())));
                // a label inside its own bar stays there; one beside its mark may run on into free room
                widens.add(labelX >= x1);
            }
        });
    }
}
