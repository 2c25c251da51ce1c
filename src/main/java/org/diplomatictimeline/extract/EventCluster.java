package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;

/** Mentions believed to report one event, with the combined view of what they say. */
final class EventCluster {

    /** Tie-break among types reported equally often: the more specific kind of encounter names the event. */
    private static final List<EventType> TYPE_PRIORITY = List.of(EventType.ANNIVERSARY, EventType.FORUM,
            EventType.SUMMIT, EventType.TALKS, EventType.MEETING, EventType.NEGOTIATION, EventType.VISIT,
            EventType.AGREEMENT, EventType.SANCTION, EventType.AID, EventType.MILITARY_COOPERATION,
            EventType.RECOGNITION, EventType.STATEMENT, EventType.OTHER);

    final List<EventMention> members = new ArrayList<>();
    // Derived views are asked for many times while merging; kept up to date as members are absorbed, so a cluster
    // that grows to thousands of reports costs nothing more per comparison (recomputing made merging quadratic).
    private final Map<EventType, Integer> typeCounts = new EnumMap<>(EventType.class);
    private EventType type;
    private EventDate date;
    private boolean dateIsVisitRange;
    private final Map<ParticipantKind, Set<String>> idsByKind = new EnumMap<>(ParticipantKind.class);
    private final Map<String, Place> placesById = new LinkedHashMap<>();
    private List<Place> places;
    private String key = "";
    private boolean allAnaphoric = true;
    private LocalDate latestPlannedReport;
    private LocalDate earliestReport;
    private boolean anyPlanned;
    private boolean anyHappened;
    private final Set<String> documents = new LinkedHashSet<>();
    private final Set<String> documentsView = Collections.unmodifiableSet(documents);

    EventCluster(EventMention first) {
        add(first);
    }

    /** A new cluster with the same members, which can absorb more without changing {@code other}. */
    static EventCluster copyOf(EventCluster other) {
        EventCluster copy = new EventCluster(other.members.get(0));
        other.members.subList(1, other.members.size()).forEach(copy::add);
        return copy;
    }

    void absorb(EventCluster other) {
        other.members.forEach(this::add);
    }

    private void add(EventMention m) {
        members.add(m);
        typeCounts.merge(m.type(), 1, Integer::sum);
        type = null;
        if (date == null) {
            date = m.when();
            dateIsVisitRange = visitRange(m);
        } else if (visitRange(m) && !date.isRange() && within(date, m.when())) {
            date = m.when(); // "arrived on Monday" and "a two-day visit which began on Monday": the visit's days
            dateIsVisitRange = true;
        } else if (!(dateIsVisitRange && within(m.when(), date)) && DATE_QUALITY.compare(m.when(), date) < 0) {
            date = m.when();
            dateIsVisitRange = visitRange(m);
        }
        for (Participant p : m.participants()) {
            idsByKind.computeIfAbsent(p.kind(), k -> new LinkedHashSet<>()).add(p.id());
        }
        for (Place p : m.places()) {
            if (placesById.putIfAbsent(p.id(), p) == null) {
                places = null;
            }
        }
        if (key.isEmpty() && !m.key().isBlank()) {
            key = m.key();
        }
        allAnaphoric &= m.anaphoric();
        anyPlanned |= m.status() == EventStatus.PLANNED;
        anyHappened |= m.status() == EventStatus.HAPPENED;
        documents.add(m.documentId());
        if (m.documentDate().isKnown() && m.documentDate().precision() == DatePrecision.DAY) {
            LocalDate written = IsoDays.parse(m.documentDate().value());
            if (earliestReport == null || written.isBefore(earliestReport)) {
                earliestReport = written;
            }
        }
        if (m.status() == EventStatus.PLANNED && m.documentDate().isKnown()
                && m.documentDate().precision() == DatePrecision.DAY) {
            LocalDate reported = IsoDays.parse(m.documentDate().value());
            if (latestPlannedReport == null || reported.isAfter(latestPlannedReport)) {
                latestPlannedReport = reported;
            }
        }
    }

    private static boolean visitRange(EventMention m) {
        return m.type() == EventType.VISIT && m.when().isKnown() && m.when().isRange()
                && m.when().precision() == DatePrecision.DAY && m.when().modifier() == DateModifier.NONE;
    }

    /** Whether a known single day lies inside the range. */
    private static boolean within(EventDate day, EventDate range) {
        return day.isKnown() && !day.isRange() && day.precision() == DatePrecision.DAY
                && !day.span().first().isBefore(range.span().first()) && !day.span().last().isAfter(range.span().last());
    }

    EventMention last() {
        return members.get(members.size() - 1);
    }

    /** Whether every member only refers back ("the meeting") without naming anyone. */
    boolean allAnaphoric() {
        return allAnaphoric;
    }

    /** The latest day a member reported this event as still to come, or null. */
    LocalDate latestPlannedReport() {
        return latestPlannedReport;
    }

    /** The earliest day-precision date of an article reporting a member, or null. */
    LocalDate earliestReport() {
        return earliestReport;
    }

    /** Whether some member reports the event as still to come. */
    boolean anyPlanned() {
        return anyPlanned;
    }

    /** Whether some member reports the event as done. */
    boolean anyHappened() {
        return anyHappened;
    }

    EventType type() {
        if (type == null) {
            type = typeCounts.entrySet().stream()
                    .max(Comparator.<Map.Entry<EventType, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -TYPE_PRIORITY.indexOf(e.getKey())))
                    .orElseThrow().getKey();
        }
        return type;
    }

    boolean hasType(EventType type) {
        return typeCounts.containsKey(type);
    }

    List<Participant> participants() {
        Map<String, Participant> byId = new LinkedHashMap<>();
        for (EventMention m : members) {
            for (Participant p : m.participants()) {
                byId.merge(p.id(), p, (a, b) -> a.role().isBlank() && !b.role().isBlank() ? b : a);
            }
        }
        List<Participant> ordered = new ArrayList<>(byId.values());
        ordered.sort(Comparator.comparingInt(p -> p.kind().ordinal()));
        return ordered;
    }

    Set<String> ids(ParticipantKind kind) {
        return idsByKind.getOrDefault(kind, Set.of());
    }

    List<Place> places() {
        if (places == null) {
            places = List.copyOf(placesById.values());
        }
        return places;
    }

    /** The best-supported date: known, closed, finest, a single day over a range, stated over inferred. */
    EventDate date() {
        return date;
    }

    static final Comparator<EventDate> DATE_QUALITY = Comparator
            .comparing((EventDate d) -> !d.isKnown())
            .thenComparing(d -> d.modifier() != DateModifier.NONE && d.modifier() != DateModifier.APPROX)
            .thenComparing(d -> d.precision().ordinal())
            .thenComparing(EventDate::isRange)
            .thenComparing(d -> d.basis().ordinal())
            // A week is shown as a range of days: the narrower range ("January 3 to 5") is the better-known one.
            .thenComparingLong(d -> d.span() == null ? Long.MAX_VALUE
                    : d.span().last().toEpochDay() - d.span().first().toEpochDay());

    String name() {
        return members.stream().map(EventMention::name).filter(n -> !n.isBlank())
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    String key() {
        return key;
    }

    /** Where the members' evidence starts: the sentences of one article that tell of this cluster. */
    Set<Integer> sentenceStarts() {
        Set<Integer> starts = new LinkedHashSet<>();
        for (EventMention m : members) {
            for (Evidence e : m.evidence()) {
                starts.add(e.start());
            }
        }
        return starts;
    }

    /** Whether a member of each cluster has its evidence in one and the same sentence of one article. */
    boolean sharesSentenceWith(EventCluster other) {
        if (!documents.equals(other.documents)) {
            return false;
        }
        Set<Integer> mine = sentenceStarts();
        return other.sentenceStarts().stream().anyMatch(mine::contains);
    }

    /** The articles reporting a member, in order of first report (a read-only view kept up to date). */
    Set<String> documents() {
        return documentsView;
    }
}
