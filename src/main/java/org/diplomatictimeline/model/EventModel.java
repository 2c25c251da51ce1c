package org.diplomatictimeline.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable result of extraction: documents and events, indexed by id, by document and by time.
 *
 * <p>Events are kept in chronological order (undated events last). The time query uses the sorted
 * starts plus a running maximum of ends, so a window is found by binary search instead of a scan.
 */
public final class EventModel {

    private static final Comparator<Event> CHRONOLOGICAL = Comparator
            .comparing((Event e) -> e.when().span() == null ? LocalDate.MAX : e.when().span().first())
            .thenComparing(e -> e.when().span() == null ? LocalDate.MAX : e.when().span().last())
            .thenComparing(Event::id);

    private final List<DocumentInfo> documents;
    private final List<Event> events;
    private final Map<String, Event> byId;
    private final Map<String, DocumentInfo> documentsById;
    private final int datedCount;
    private final long[] firstDays;
    private final long[] runningMaxLastDays;

    public EventModel(List<DocumentInfo> documents, List<Event> events) {
        this.documents = List.copyOf(documents);
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(CHRONOLOGICAL);
        this.events = List.copyOf(sorted);
        this.byId = new LinkedHashMap<>();
        for (Event e : this.events) {
            if (byId.put(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate event id " + e.id());
            }
        }
        this.documentsById = new LinkedHashMap<>();
        for (DocumentInfo d : this.documents) {
            if (documentsById.put(d.id(), d) != null) {
                throw new IllegalArgumentException("duplicate document id " + d.id());
            }
        }
        int dated = 0;
        while (dated < this.events.size() && this.events.get(dated).when().span() != null) {
            dated++;
        }
        this.datedCount = dated;
        this.firstDays = new long[dated];
        this.runningMaxLastDays = new long[dated];
        long max = Long.MIN_VALUE;
        for (int i = 0; i < dated; i++) {
            DateSpan span = this.events.get(i).when().span();
            firstDays[i] = span.first().toEpochDay();
            max = Math.max(max, span.last().toEpochDay());
            runningMaxLastDays[i] = max;
        }
    }

    public static EventModel empty() {
        return new EventModel(List.of(), List.of());
    }

    public List<DocumentInfo> documents() {
        return documents;
    }

    /** All events, chronological, undated ones last. */
    public List<Event> events() {
        return events;
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<DocumentInfo> document(String id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    /** Events with evidence in the given document, chronological. */
    public List<Event> eventsInDocument(String documentId) {
        List<Event> result = new ArrayList<>();
        for (Event e : events) {
            for (Evidence ev : e.evidence()) {
                if (ev.documentId().equals(documentId)) {
                    result.add(e);
                    break;
                }
            }
        }
        return result;
    }

    /** The first event whose evidence covers the character offset in the document, if any. */
    public Optional<Event> eventAt(String documentId, int offset) {
        for (Event e : events) {
            for (Evidence ev : e.evidence()) {
                if (ev.documentId().equals(documentId) && ev.contains(offset)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** Dated events whose span overlaps the window, chronological. */
    public List<Event> eventsOverlapping(DateSpan window) {
        long from = window.first().toEpochDay();
        long to = window.last().toEpochDay();
        // Events starting after 'to' cannot overlap; among earlier ones, skip the prefix whose ends all precede 'from'.
        int endExclusive = upperBound(firstDays, to);
        int begin = lowerBoundOfMax(runningMaxLastDays, from, endExclusive);
        List<Event> result = new ArrayList<>();
        for (int i = begin; i < endExclusive; i++) {
            if (events.get(i).when().span().last().toEpochDay() >= from) {
                result.add(events.get(i));
            }
        }
        return result;
    }

    /** Events with no known date, which views show apart from the time axis. */
    public List<Event> undatedEvents() {
        return events.subList(datedCount, events.size());
    }

    /** The span from the earliest to the latest dated event, if any event is dated. */
    public Optional<DateSpan> extent() {
        if (datedCount == 0) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(LocalDate.ofEpochDay(firstDays[0]),
                LocalDate.ofEpochDay(runningMaxLastDays[datedCount - 1])));
    }

    private static int upperBound(long[] sorted, long key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i < sorted.length && sorted[i] == key) {
            i++;
        }
        return i;
    }

    private static int lowerBoundOfMax(long[] nonDecreasing, long key, int limit) {
        int lo = 0;
        int hi = limit;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nonDecreasing[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
