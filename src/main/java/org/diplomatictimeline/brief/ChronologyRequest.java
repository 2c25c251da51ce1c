package org.diplomatictimeline.brief;

import java.time.LocalDate;

/**
 * What a chronology should hold: the span, and either the K most significant dates or the N most significant
 * events (neither: a length that suits the span).
 *
 * @param from   first day, or null for the start of the corpus
 * @param to     last day, or null for its end
 * @param dates  K, or null
 * @param events N, or null; at most one of dates and events is given
 * @param filter what filter chose the events, in words ("all events", "type: summit")
 */
public record ChronologyRequest(LocalDate from, LocalDate to, Integer dates, Integer events, String filter) {

    public ChronologyRequest {
        if (dates != null && events != null) {
            throw new IllegalArgumentException("ask for dates or for events, not both");
        }
        if (dates != null && dates < 1 || events != null && events < 1) {
            throw new IllegalArgumentException("the number of dates or events must be at least 1");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the span ends (" + to + ") before it starts (" + from + ")");
        }
        filter = filter == null || filter.isBlank() ? "all events" : filter;
    }

    public static ChronologyRequest all() {
        return new ChronologyRequest(null, null, null, null, null);
    }
}
