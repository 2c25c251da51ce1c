package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;

/** Turns clusters of mentions into the events people see: title, date, status, place, evidence and a stable id. */
final class EventProjection {

    private final EventTitles titles = new EventTitles();

    /** One event per cluster worth showing, in cluster order, with ids unique within the result. */
    List<Event> events(List<EventCluster> clusters) {
        List<Event> events = new ArrayList<>();
        EventIds ids = new EventIds();
        for (EventCluster c : clusters) {
            EventType type = c.type();
            EventDate when = c.date();
            List<Participant> participants = c.participants();
            if (participants.isEmpty() && c.name().isBlank() && c.places().isEmpty() && !when.isKnown()
                    && (MergeRule.ENCOUNTERS.contains(type) || type == EventType.OTHER)) {
                continue; // "the talks", no one named, nowhere, no date, nothing to refer back to: nothing to show
            }
            List<Place> places = c.places();
            Place place = places.stream().min(Comparator.comparingInt(p -> p.kind().ordinal())).orElse(null);
            String title = titles.title(type, participants, places, c.name());
            Set<String> topics = new LinkedHashSet<>();
            // A set: an event reported by many articles has many spans, and a list's look-up made this quadratic.
            Set<Evidence> evidence = new LinkedHashSet<>();
            double confidence = 0;
            for (EventMention m : c.members) {
                topics.addAll(m.topics());
                evidence.addAll(m.evidence());
                confidence = Math.max(confidence, m.confidence());
            }
            confidence = Math.min(1.0, confidence + 0.1 * (c.documents().size() - 1));
            String id = ids.next(type, when, participants, c.key());
            events.add(new Event(id, title, type, status(c, when), when, place, participants, List.copyOf(topics),
                    List.copyOf(evidence), confidence));
        }
        return events;
    }

    /**
     * Cancelled if any report says so; postponed if a report says so and no later report plans or reports it
     * anew; else as the date stands to the latest report; else what reports say.
     */
    static EventStatus status(EventCluster c, EventDate when) {
        if (c.members.stream().anyMatch(m -> m.status() == EventStatus.CANCELLED)) {
            return EventStatus.CANCELLED;
        }
        if (stillPostponed(c.members)) {
            return EventStatus.POSTPONED;
        }
        LocalDate latestReport = null;
        for (EventMention m : c.members) {
            if (m.documentDate().isKnown() && m.documentDate().precision() == DatePrecision.DAY) {
                LocalDate d = IsoDays.parse(m.documentDate().value());
                if (latestReport == null || d.isAfter(latestReport)) {
                    latestReport = d;
                }
            }
        }
        if (when.isKnown() && latestReport != null) {
            if (when.span().last().isBefore(latestReport)) {
                return EventStatus.HAPPENED;
            }
            if (when.span().first().isAfter(latestReport)) {
                return EventStatus.PLANNED;
            }
        }
        // Same day as the latest report, or undated: what the reports say, the latest report first.
        return c.members.stream().max(Comparator.comparing((EventMention m) -> m.documentDate().isKnown()
                        ? m.documentDate().value() : "").thenComparing(m -> m.status() == EventStatus.HAPPENED))
                .map(EventMention::status).orElse(EventStatus.HAPPENED);
    }

    /**
     * Whether a report puts the event off and none written after it sets it again: "postponed" on Monday, then
     * "will be held on the 20th" on Friday is planned again; the other way round it stays postponed.
     */
    static boolean stillPostponed(List<EventMention> members) {
        String lastPutOff = null;
        boolean any = false;
        for (EventMention m : members) {
            if (m.status() == EventStatus.POSTPONED) {
                any = true;
                String d = reportDay(m);
                if (d != null && (lastPutOff == null || d.compareTo(lastPutOff) > 0)) {
                    lastPutOff = d;
                }
            }
        }
        if (!any) {
            return false;
        }
        for (EventMention m : members) {
            String d = reportDay(m);
            if (m.status() != EventStatus.POSTPONED && lastPutOff != null && d != null && d.compareTo(lastPutOff) > 0) {
                return false;
            }
        }
        return true;
    }

    private static String reportDay(EventMention m) {
        return m.documentDate().isKnown() && m.documentDate().precision() == DatePrecision.DAY
                ? m.documentDate().value() : null;
    }
}
