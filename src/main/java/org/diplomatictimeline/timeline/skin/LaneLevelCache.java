package org.diplomatictimeline.timeline.skin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.diplomatictimeline.timeline.layout.EventTable;
import org.diplomatictimeline.timeline.layout.Lane;
import org.diplomatictimeline.timeline.layout.LaneLevel;
import org.diplomatictimeline.timeline.layout.LaneLevels;
import org.diplomatictimeline.timeline.layout.TimelineLayoutEngine;

/**
 * The skin's lanes and their levels, cached per lane and zoom bucket so panning reuses them, and built by a
 * worker when asked ({@link #buildInBackground}).
 *
 * <p>A frame that needs a level not built yet then draws the lane's nearest built level and asks the worker for
 * the exact one; the finished level is handed back through the publish executor (the UI thread) and results for
 * replaced data are discarded. The cache itself is used from one thread only; workers see just the immutable
 * table, lane and metrics.
 */
public final class LaneLevelCache implements LaneLevels {

    private static final int CACHED_BUCKETS = 6;
    private static final int REUSE_BUCKETS = 5;

    private final TimelineLayoutEngine engine;
    private EventTable table = EventTable.empty();
    private List<Lane> lanes = List.of();
    private final Map<String, LinkedHashMap<Integer, LaneLevel>> cache = new HashMap<>();
    private Executor work;
    private Executor publish;
    private Runnable onLevelReady = () -> { };
    private final Set<String> pending = new HashSet<>();
    private int generation;

    /** Levels built by this engine, in the frame until {@link #buildInBackground} is called. */
    public LaneLevelCache(TimelineLayoutEngine engine) {
        this.engine = engine;
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

    /**
     * Builds missing levels with {@code work} instead of inside the frame, once a lane has any level to show
     * meanwhile; {@code publish} runs the hand-back on the cache's thread, then {@code onLevelReady} (to repaint).
     */
    public void buildInBackground(Executor work, Executor publish, Runnable onLevelReady) {
        this.work = work;
        this.publish = publish;
        this.onLevelReady = onLevelReady;
    }

    /** Whether a level of the lane is cached for the zoom bucket of this scale (tests). */
    boolean hasLevel(Lane lane, double pxPerDay) {
        LinkedHashMap<Integer, LaneLevel> levels = cache.get(lane.key());
        return levels != null && levels.containsKey(TimelineLayoutEngine.bucket(pxPerDay));
    }

    /** Number of background builds asked for and not yet handed back. */
    int pendingBuilds() {
        return pending.size();
    }

    @Override
    public EventTable table() {
        return table;
    }

    @Override
    public List<Lane> lanes() {
        return lanes;
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
                built = engine.buildLevel(data, lane, bucket);
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

    /** The cached level of a lane at a zoom, built when missing. */
    public LaneLevel level(Lane lane, double pxPerDay) {
        return level(lane, pxPerDay, false);
    }

    /**
     * The level of a lane for a zoom. While moving, a level built for up to {@value #REUSE_BUCKETS} buckets coarser
     * is reused when the exact one is missing: it reserves more room than needed, so nothing overlaps, and a zoom
     * animation rebuilds a lane every few frames instead of every frame. Settled frames always use the exact level.
     */
    @Override
    public LaneLevel level(Lane lane, double pxPerDay, boolean moving) {
        int b = TimelineLayoutEngine.bucket(pxPerDay);
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
        level = engine.buildLevel(table, lane, build);
        levels.put(build, level);
        return level;
    }

    /** Rows of a lane at this zoom if built, else at the nearest zoom built, else builds it. */
    @Override
    public int knownRows(Lane lane, double pxPerDay) {
        LinkedHashMap<Integer, LaneLevel> levels = cache.get(lane.key());
        int b = TimelineLayoutEngine.bucket(pxPerDay);
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
}
