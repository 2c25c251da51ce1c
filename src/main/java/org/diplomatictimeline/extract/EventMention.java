package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;

/**
 * One report of an event in one sentence, before mentions of the same event are merged.
 *
 * @param order      position of the mention in its document (sentence order), for "the meeting" references
 * @param name       a proper name or description the text gives the event ("International Economic Forum"), or ""
 * @param key        what identifies the event beyond type, date and actors (an anniversary's founding), or ""
 * @param anaphoric  true for "the meeting", "the visit": a reference to an event introduced earlier
 * @param documentDate the reporting document's date, to keep planned events after it
 */
public record EventMention(String documentId, int order, EventType type, EventStatus status, EventDate when,
                           List<Place> places, List<Participant> participants, List<String> topics,
                           List<Evidence> evidence, String name, String key, boolean anaphoric,
                           DocumentDate documentDate, double confidence) {

    public EventMention {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(when, "when");
        places = List.copyOf(places);
        participants = List.copyOf(participants);
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
        name = name == null ? "" : name;
        key = key == null ? "" : key;
        Objects.requireNonNull(documentDate, "documentDate");
    }

    public EventMention withWhen(EventDate newWhen) {
        return new EventMention(documentId, order, type, status, newWhen, places, participants, topics, evidence, name,
                key, anaphoric, documentDate, confidence);
    }

    public EventMention withParticipants(List<Participant> newParticipants) {
        return new EventMention(documentId, order, type, status, when, places, newParticipants, topics, evidence, name,
                key, anaphoric, documentDate, confidence);
    }

    public EventMention withPlaces(List<Place> newPlaces) {
        return new EventMention(documentId, order, type, status, when, newPlaces, participants, topics, evidence, name,
                key, anaphoric, documentDate, confidence);
    }
}
