package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;

/**
 * The extraction with the analyst's decisions applied: the curated events, their review states, notes and the
 * decisions that could not be applied.
 *
 * @param states    review state per event id; events not listed are {@link ReviewState#PROPOSED}
 * @param notes     notes per event id, oldest first
 * @param conflicts decisions that did not apply, in decision order
 */
public record CuratedModel(EventModel model, Map<String, ReviewState> states, Map<String, List<String>> notes,
                           List<CurationConflict> conflicts) {

    public CuratedModel {
        Objects.requireNonNull(model, "model");
        states = Map.copyOf(states);
        notes = Map.copyOf(notes);
        conflicts = List.copyOf(conflicts);
    }

    /** The review state of an event. */
    public ReviewState state(String eventId) {
        return states.getOrDefault(eventId, ReviewState.PROPOSED);
    }

    /** The notes on an event, oldest first. */
    public List<String> notesOf(String eventId) {
        return notes.getOrDefault(eventId, List.of());
    }

    /** Events in the given state, chronological. */
    public List<Event> eventsIn(ReviewState state) {
        return model.events().stream().filter(e -> state(e.id()) == state).toList();
    }
}
