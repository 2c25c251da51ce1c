package org.diplomatictimeline.brief;

import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.model.Event;

/**
 * An event as a chronology shows it: its weight, a one-line summary and its numbered citations.
 *
 * @param omittedCitations how many further reports are not cited, to keep entries short (said in every output)
 */
public record ChronologyEvent(Event event, EventWeight weight, String summary, List<Citation> citations,
                              int omittedCitations) {

    public ChronologyEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(summary, "summary");
        citations = List.copyOf(citations);
    }
}
