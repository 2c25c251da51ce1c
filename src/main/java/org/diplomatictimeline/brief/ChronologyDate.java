package org.diplomatictimeline.brief;

import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.model.DateSpan;

/**
 * One date of a chronology with its events, most significant first.
 *
 * @param date  a TIMEX3 value at its precision: "2019-05-13", or "2019-06" for events known only to the month
 * @param label how a reader sees it: "13 May 2019", "June 2019"
 * @param span  the calendar days the date covers
 * @param score how significant the date is (from the weights of its events)
 */
public record ChronologyDate(String date, String label, DateSpan span, double score, List<ChronologyEvent> events) {

    public ChronologyDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(span, "span");
        events = List.copyOf(events);
    }
}
