package org.diplomatictimeline.source;

import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.model.Event;

/**
 * A stretch of a document's text with the same set of events' evidence covering it (possibly none).
 *
 * @param start  offset into the document's text, inclusive
 * @param end    exclusive offset
 * @param events the events whose evidence covers every character of the run, in the order they were given
 */
public record EvidenceRun(int start, int end, List<Event> events) {

    public EvidenceRun {
        Objects.requireNonNull(events, "events");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad run " + start + ".." + end);
        }
        events = List.copyOf(events);
    }

    public boolean isEvidence() {
        return !events.isEmpty();
    }

    public boolean covers(Event event) {
        for (Event e : events) {
            if (e.id().equals(event.id())) {
                return true;
            }
        }
        return false;
    }
}
