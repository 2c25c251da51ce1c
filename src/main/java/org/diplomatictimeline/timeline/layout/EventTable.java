package org.diplomatictimeline.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.Event;

/**
 * The events compiled once for drawing: dated events in a global order (start day, then id) with their extents
 * in flat arrays, plus the time index over them.
 *
 * <p>An event's position in this order is its "rank"; every later stage sorts by rank, so layout never depends on
 * the order the events were given in. Undated events are kept apart: they have no place on a time axis.
 */
public final class EventTable {

    private final List<Event> dated;
    private final List<Event> undated;
    private final double[] starts;
    private final double[] ends;
    private final double[] sortedEnds;
    private final ItemKind[] kinds;
    private final boolean[] inferred;
    private final TimeIndex index;
    private final Map<String, Integer> rankById;

    private EventTable(List<Event> dated, List<Event> undated) {
        this.dated = dated;
        this.undated = undated;
        int n = dated.size();
        starts = new double[n];
        ends = new double[n];
        kinds = new ItemKind[n];
        inferred = new boolean[n];
        rankById = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Event e = dated.get(i);
            starts[i] = e.when().span().first().toEpochDay();
            ends[i] = e.when().span().last().toEpochDay() + 1.0;
            kinds[i] = ItemKind.of(e.when());
            inferred[i] = e.when().basis() == DateBasis.INFERRED;
            rankById.putIfAbsent(e.id(), i);
        }
        sortedEnds = ends.clone();
        Arrays.sort(sortedEnds);
        index = new TimeIndex(starts, ends);
    }

    /** Compiles events given in any order; the result is the same for any permutation of the input. */
    public static EventTable of(List<Event> events) {
        List<Event> dated = new ArrayList<>(events.size());
        List<Event> undated = new ArrayList<>();
        for (Event e : events) {
            (e.when().isKnown() ? dated : undated).add(e);
        }
        dated.sort(Comparator.<Event>comparingLong(e -> e.when().span().first().toEpochDay())
                .thenComparing(Event::id)
                .thenComparingLong(e -> e.when().span().last().toEpochDay()));
        undated.sort(Comparator.comparing(Event::id));
        return new EventTable(Collections.unmodifiableList(dated), Collections.unmodifiableList(undated));
    }

    public static EventTable empty() {
        return of(List.of());
    }

    /** Dated events in rank order. */
    public List<Event> events() {
        return dated;
    }

    public List<Event> undated() {
        return undated;
    }

    public int size() {
        return dated.size();
    }

    public Event event(int rank) {
        return dated.get(rank);
    }

    /** First day covered, as an epoch day. */
    public double start(int rank) {
        return starts[rank];
    }

    /** End of the last day covered (exclusive), as an epoch day. */
    public double end(int rank) {
        return ends[rank];
    }

    public ItemKind kind(int rank) {
        return kinds[rank];
    }

    public boolean inferred(int rank) {
        return inferred[rank];
    }

    public TimeIndex index() {
        return index;
    }

    /** The rank of the event with this id, or -1 when it is not dated here. */
    public int rankOf(Event event) {
        if (event == null) {
            return -1;
        }
        Integer r = rankById.get(event.id());
        return r == null ? -1 : r;
    }

    /** Earliest start over all events, or NaN when empty. */
    public double minDay() {
        return starts.length == 0 ? Double.NaN : starts[0];
    }

    /** Latest end over all events, or NaN when empty. */
    public double maxDay() {
        return sortedEnds.length == 0 ? Double.NaN : sortedEnds[sortedEnds.length - 1];
    }

    /**
     * The shortest stretch of time holding the starts of at least {@code share} of the events, as {from, to} in epoch
     * days (to includes the span of the events inside), or {minDay, maxDay} when that is everything; NaN when empty.
     * One outlier (a treaty of 1949 quoted in 2019 news) then no longer squeezes the rest into a corner of the view.
     */
    public double[] densestSpan(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share out of (0, 1]: " + share);
        }
        int n = starts.length;
        int k = (int) Math.ceil(share * n);
        if (n == 0 || k >= n) {
            return new double[] {minDay(), maxDay()};
        }
        int best = 0;
        for (int i = 1; i + k - 1 < n; i++) {
            if (starts[i + k - 1] - starts[i] < starts[best + k - 1] - starts[best]) {
                best = i;
            }
        }
        double to = starts[best + k - 1];
        for (int r = best; r < best + k; r++) {
            to = Math.max(to, end(r));
        }
        return new double[] {starts[best], to};
    }

    /** How many events meet [a, b], in O(log n): all, minus those starting after b, minus those ending before a. */
    public int countOverlapping(double a, double b) {
        int n = starts.length;
        int startingAfter = n - upperBound(starts, b);
        int endingBefore = lowerBound(sortedEnds, a);
        return Math.max(0, n - startingAfter - endingBefore);
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
