package org.diplomatictimeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event, possibly reported by several documents, with the evidence from each.
 *
 * @param place      where it happens, or null when no text says
 * @param confidence extraction confidence in [0, 1]
 */
public record Event(String id, String title, EventType type, EventStatus status, EventDate when, Place place,
                    List<Participant> participants, List<String> topics, List<Evidence> evidence,
                    double confidence) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(when, "when");
        participants = List.copyOf(participants);
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /** The ids of the documents whose text supports this event, in evidence order, without repeats. */
    public List<String> documentIds() {
        List<String> ids = new ArrayList<>();
        for (Evidence e : evidence) {
            if (!ids.contains(e.documentId())) {
                ids.add(e.documentId());
            }
        }
        return ids;
    }

    public Event withTitle(String newTitle) {
        return new Event(id, newTitle, type, status, when, place, participants, topics, evidence, confidence);
    }

    public Event withType(EventType newType) {
        return new Event(id, title, newType, status, when, place, participants, topics, evidence, confidence);
    }

    public Event withStatus(EventStatus newStatus) {
        return new Event(id, title, type, newStatus, when, place, participants, topics, evidence, confidence);
    }

    public Event withWhen(EventDate newWhen) {
        return new Event(id, title, type, status, newWhen, place, participants, topics, evidence, confidence);
    }

    public Event withPlace(Place newPlace) {
        return new Event(id, title, type, status, when, newPlace, participants, topics, evidence, confidence);
    }

    public Event withParticipants(List<Participant> newParticipants) {
        return new Event(id, title, type, status, when, place, newParticipants, topics, evidence, confidence);
    }

    public Event withTopics(List<String> newTopics) {
        return new Event(id, title, type, status, when, place, participants, newTopics, evidence, confidence);
    }

    public Event withEvidence(List<Evidence> newEvidence) {
        return new Event(id, title, type, status, when, place, participants, topics, newEvidence, confidence);
    }

    public Event withId(String newId) {
        return new Event(newId, title, type, status, when, place, participants, topics, evidence, confidence);
    }
}
