package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
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
    // Derived views are asked for many times while merging; computed once per change of members.
    private EventType type;
    private EventDate date;
    private final Map<ParticipantKind, Set<String>> idsByKind = new EnumMap<>(ParticipantKind.class);
    private List<Place> places;
    private String key;

    EventCluster(EventMention first) {
        members.add(first);
    }

    void absorb(EventCluster other) {
        members.addAll(other.members);
        type = null;
        date = null;
        idsByKind.clear();
        places = null;
        key = null;
    }

    EventMention last() {
        return members.get(members.size() - 1);
    }

    EventType type() {
        if (type == null) {
            type = computeType();
        }
        return type;
    }

    private EventType computeType() {
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        for (EventMention m : members) {
            counts.merge(m.type(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<EventType, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -TYPE_PRIORITY.indexOf(e.getKey())))
                .orElseThrow().getKey();
    }

    boolean hasType(EventType type) {
        return members.stream().anyMatch(m -> m.type() == type);
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
        return idsByKind.computeIfAbsent(kind, this::computeIds);
    }

    private Set<String> computeIds(ParticipantKind kind) {
        Set<String> ids = new LinkedHashSet<>();
        for (EventMention m : members) {
            for (Participant p : m.participants()) {
                if (p.kind() == kind) {
                    ids.add(p.id());
                }
            }
        }
        return ids;
    }

    List<Place> places() {
        if (places == null) {
            places = computePlaces();
        }
        return places;
    }

    private List<Place> computePlaces() {
        Map<String, Place> byId = new LinkedHashMap<>();
        for (EventMention m : members) {
            for (Place p : m.places()) {
                byId.putIfAbsent(p.id(), p);
            }
        }
        return List.copyOf(byId.values());
    }

    /** The best-supported date: known, closed, finest, a single day over a range, stated over inferred. */
    EventDate date() {
        if (date == null) {
            date = members.stream().map(EventMention::when).min(DATE_QUALITY).orElseThrow();
        }
        return date;
    }

    static final Comparator<EventDate> DATE_QUALITY = Comparator
            .comparing((EventDate d) -> !d.isKnown())
            .thenComparing(d -> d.modifier() != DateModifier.NONE && d.modifier() != DateModifier.APPROX)
            .thenComparing(d -> d.precision().ordinal())
            .thenComparing(EventDate::isRange)
            .thenComparing(d -> d.basis().ordinal());

    String name() {
        return members.stream().map(EventMention::name).filter(n -> !n.isBlank())
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    String key() {
        if (key == null) {
            key = computeKey();
        }
        return key;
    }

    private String computeKey() {
        return members.stream().map(EventMention::key).filter(k -> !k.isBlank()).findFirst().orElse("");
    }

    Set<String> documents() {
        Set<String> docs = new LinkedHashSet<>();
        members.forEach(m -> docs.add(m.documentId()));
        return docs;
    }
}
