package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.diplomatictimeline.model.Event;

/**
 * Lays out one frame: lanes top to bottom, and in each visible lane the clusters and events in the window.
 *
 * <p>Zoom is quantised into buckets of a quarter octave; per lane and bucket, clustering and stacking are done
 * once for the whole lane and cached ({@link LaneLevel}), so panning within a bucket only queries indexes and
 * events keep their rows. Only items in the window and in lanes on screen are turned into pixels.
 *
 * <p>Levels can be built in the background ({@link #buildInBackground}): a frame that needs a level not built yet
 * then draws the lane's nearest built level and asks a worker for the exact one; the finished level is handed back
 * through the publish executor (the UI thread) and results for replaced data are discarded. The engine itself is
 * used from one thread only; workers see just the immutable table, lane and metrics.
 */
public final class TimelineLayoutEngine {

    /** Width of the lane header column. */
    public static final double HEADER_WIDTH = 150;
    public static final double AXIS_HEIGHT = 42;
    public static final double LANE_PADDING = 6;
    public static final double COLLAPSED_HEIGHT = 24;
    private static final int BUCKETS_PER_OCTAVE = 4;
    private static final int CACHED_BUCKETS = 6;
    private static final int REUSE_BUCKETS = 5;

    private final TextMeasure measure;
    private final ItemMetrics metrics;
    private EventTable table = EventTable.empty();
    private List<Lane> lanes = List.of();
    private final Map<String, LinkedHashMap<Integer, LaneLevel>> cache = new HashMap<>();
    private Executor work;
    private Executor publish;
    private Runnable onLevelReady = () -> { };
    private final Set<String> pending = new HashSet<>();
    private int generation;
    private Set<String> keyEvents = Set.of();

    public TimelineLayoutEngine(TextMeasure measure, ItemMetrics metrics) {
        this.measure = measure;
        this.metrics = metrics;
    }

    /** Replaces the data; cached levels are dropped. */
    public void setData(EventTable newTable, List<Lane> newLanes) {
        this.table = newTable;
        this.lanes = List.copyOf(newLanes);
        cache.clear();
        // levels still being built describe the old data: their results are dropped when they arrive
        generation++;
        pending.clear();
    }

    /** The ids of the key events, whose labels are placed first (see {@link LabelPlacer}); empty for none. */
    public void setKeyEvents(Set<String> ids) {
        this.keyEvents = Set.copyOf(ids);
    }

    /**
     * Builds missing levels with {@code work} instead of inside the frame, once a lane has any level to show
     * meanwhile; {@code publish} runs the hand-back on the engine's thread, then {@code onLevelReady} (to repaint).
     */
    public void buildInBackground(Executor work, Executor publish, Runnable onLevelReady) {
        this.work = work;
        this.publish = publish;
        this.onLevelReady = onLevelReady;
    }

    /** Whether a level of the lane is cached for the zoom bucket of this scale (tests). */
    boolean hasLevel(Lane lane, double pxPerDay) {
        LinkedHashMap<Integer, LaneLevel> levels = cache.get(lane.key());
        return levels != null && levels.containsKey(bucket(pxPerDay));
    }

    /** Number of background builds asked for and not yet handed back. */
    int pendingBuilds() {
        return pending.size();
    }

    private boolean pendingWithin(Lane lane, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (pending.contains(lane.key() + '@' + k)) {
                return true;
            }
        }
        return false;
    }

    private void submit(Lane lane, int bucket) {
        String key = lane.key() + '@' + bucket;
        if (!pending.add(key)) {
            return;
        }
        int gen = generation;
        EventTable data = table;
        Runnable task = () -> {
            LaneLevel built;
            try {
                built = LaneLevel.build(data, lane, bucketScale(bucket), measure, metrics);
            } catch (RuntimeException e) {
                built = null;
            }
            LaneLevel result = built;
            publish.execute(() -> {
                if (gen != generation) {
                    return;
                }
                pending.remove(key);
                if (result != null) {
                    levels(lane).put(bucket, result);
                    onLevelReady.run();
                }
            });
        };
        try {
            work.execute(task);
        } catch (RejectedExecutionException shutDown) {
            // the control was disposed: keep drawing the stand-in rather than failing a late frame
            pending.remove(key);
        }
    }

    /** The built level nearest to a bucket, coarser ones first (they reserve more room, so nothing overlaps). */
    private static LaneLevel standIn(LinkedHashMap<Integer, LaneLevel> levels, int b) {
        LaneLevel best = null;
        int bestKey = 0;
        for (Map.Entry<Integer, LaneLevel> e : levels.entrySet()) {
            int k = e.getKey();
            boolean better = best == null
                    || (k < b && (bestKey > b || k > bestKey))
                    || (k > b && bestKey > b && k < bestKey);
            if (better) {
                best = e.getValue();
                bestKey = k;
            }
        }
        return best;
    }

    private LinkedHashMap<Integer, LaneLevel> levels(Lane lane) {
        return cache.computeIfAbsent(lane.key(), k -> new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, LaneLevel> eldest) {
                return size() > CACHED_BUCKETS;
            }
        });
    }

    public EventTable table() {
        return table;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public ItemMetrics metrics() {
        return metrics;
    }

    /** The zoom bucket of a scale, and the smallest pixels-per-day inside it (what levels are built for). */
    static int bucket(double pxPerDay) {
        return (int) Math.floor(Math.log(pxPerDay) / Math.log(2) * BUCKETS_PER_OCTAVE);
    }

    static double bucketScale(int bucket) {
        return Math.pow(2, bucket / (double) BUCKETS_PER_OCTAVE);
    }

    /** The cached level of a lane at a zoom, built when missing. */
    public LaneLevel level(Lane lane, double pxPerDay) {
        return level(lane, pxPerDay, false);
    }

    /**
     * The level of a lane for a zoom. While moving, a level built for up to {@value #REUSE_BUCKETS} buckets coarser
     * is reused when the exact one is missing: it reserves more room than needed, so nothing overlaps, and a zoom
     * animation rebuilds a lane every few frames instead of every frame. Settled frames always use the exact level.
     */
    public LaneLevel level(Lane lane, double pxPerDay, boolean moving) {
        int b = bucket(pxPerDay);
        LinkedHashMap<Integer, LaneLevel> levels = levels(lane);
        LaneLevel level = levels.get(b);
        if (level != null) {
            if (work != null && !moving) {
                // settled: get the neighbouring zooms ready for the next zoom step
                for (int n : new int[] {b - 1, b + 1}) {
                    if (!levels.containsKey(n)) {
                        submit(lane, n);
                    }
                }
            }
            return level;
        }
        int build = b;
        if (moving) {
            for (int k = 1; k <= REUSE_BUCKETS; k++) {
                LaneLevel coarser = levels.get(b - k);
                if (coarser != null) {
                    return coarser;
                }
            }
            build = b - 2;
        }
        if (work != null && !levels.isEmpty()) {
            // one build in flight per lane and zoom range: while moving, a pending coarser build will serve too
            if (!(moving && pendingWithin(lane, b - REUSE_BUCKETS, b))) {
                submit(lane, build);
            }
            return standIn(levels, b);
        }
        level = LaneLevel.build(table, lane, bucketScale(build), measure, metrics);
        levels.put(build, level);
        return level;
    }

    private double laneHeight(boolean collapsed, int rows) {
        return collapsed ? COLLAPSED_HEIGHT : Math.max(COLLAPSED_HEIGHT, 2 * LANE_PADDING + rows * metrics.rowHeight());
    }

    /** Rows of a lane at this zoom if built, else at the nearest zoom built, else builds it. */
    private int knownRows(Lane lane, double pxPerDay) {
        LinkedHashMap<Integer, LaneLevel> levels = cache.get(lane.key());
        int b = bucket(pxPerDay);
        if (levels != null && !levels.isEmpty()) {
            LaneLevel exact = levels.get(b);
            if (exact != null) {
                return exact.rowCount();
            }
            int best = Integer.MAX_VALUE;
            LaneLevel nearest = null;
            for (Map.Entry<Integer, LaneLevel> e : levels.entrySet()) {
                int d = Math.abs(e.getKey() - b);
                if (d < best) {
                    best = d;
                    nearest = e.getValue();
                }
            }
            return nearest.rowCount();
        }
        return level(lane, pxPerDay).rowCount();
    }

    public TimelineLayout layout(Viewport view) {
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
            int rows = collapsed ? 1 : knownRows(lane, scale.pxPerDay());
            double h = laneHeight(collapsed, rows);
            LaneLevel level = null;
            if (y + h > AXIS_HEIGHT && y < view.height()) {
                level = level(lane, scale.pxPerDay(), view.moving());
                h = laneHeight(collapsed, level.rowCount());
            }
            PlacedLane placed = new PlacedLane(lane, li, y, h, collapsed);
            placedLanes.add(placed);
            if (level != null) {
                placeUnits(scale, level, placed, items, clusters, labels, room, widens);
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

    private void placeUnits(TimeScale scale, LaneLevel level, PlacedLane lane, List<PlacedItem> items,
                            List<PlacedCluster> clusters, List<LabelPlacer.Candidate> labels, LabelRoom room,
                            List<Boolean> widens) {
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
