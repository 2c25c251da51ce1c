package org.diplomatictimeline.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chronology contains, said at the top of every output: filter, span, corpus date and what was left out.
 *
 * @param from          the first day of the span (the first event's when not asked for), or null when nothing is dated
 * @param to            the last day of the span
 * @param corpusDate    the date of the newest article, or null when no article is dated
 * @param selection     how the entries were chosen, in words ("the 12 most significant dates")
 * @param datesInSpan   how many distinct dates the span has
 * @param eventsInSpan  how many dated events lie in the span
 * @param shownEvents   how many of them are shown under the chosen dates
 */
public record ChronologyAbout(String filter, LocalDate from, LocalDate to, String corpusDate, int documents,
                              String selection, int datesInSpan, int eventsInSpan, int shownDates, int shownEvents,
                              int undated, LocalDate generated) {

    /** The statement in sentences, one per line, for the head of a document. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Events: " + filter + "; span: " + (from == null ? "no dated event" : from + " to " + to) + ".");
        lines.add("Corpus: " + documents + (documents == 1 ? " article" : " articles")
                + (corpusDate == null ? " (undated)" : ", the newest dated " + corpusDate) + "; made " + generated
                + ".");
        lines.add("Shown: " + selection + " — " + shownDates + " of " + datesInSpan + " dates, " + shownEvents + " of "
                + eventsInSpan + " dated events" + (eventsInSpan > shownEvents
                ? " (the " + (eventsInSpan - shownEvents) + " others weigh less and are not listed)" : "") + ".");
        lines.add(undated == 0 ? "Every event has a date."
                : undated + (undated == 1 ? " event has" : " events have") + " no known date; "
                + (undated == 1 ? "it is" : "they are") + " listed apart under \"Undated\".");
        return lines;
    }

    /** The span in words, for titles: "2019-05-13 to 2019-06-07". */
    public String spanLabel() {
        return from == null ? "undated" : from.equals(to) ? from.toString() : from + " to " + to;
    }
}
