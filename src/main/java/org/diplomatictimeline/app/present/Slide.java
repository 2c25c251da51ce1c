package org.diplomatictimeline.app.present;

import java.util.List;
import org.diplomatictimeline.model.Event;

/**
 * One slide of a presentation: an event in words ready to show.
 *
 * @param event        the event, for its place on the timeline strip (its date span may be null when undated)
 * @param title        the event's title
 * @param date         the date as written ("13 May 2019"), or "Undated"
 * @param basis        how the date is known ("stated in the text", "relative to the article's date", "inferred")
 * @param participants who takes part, comma separated; empty when nobody is named
 * @param place        where, or empty
 * @param excerpts     the excerpts the event was found in, each with its citation
 * @param notes        the analyst's notes on the event, for the speaker
 */
public record Slide(Event event, String title, String date, String basis, String participants, String place,
                    List<Excerpt> excerpts, List<String> notes) {

    /** A quoted excerpt and where it comes from ("Outlet, “Title”, 2019-05-13"). */
    public record Excerpt(String text, String citation) {
    }

    public Slide {
        excerpts = List.copyOf(excerpts);
        notes = List.copyOf(notes);
    }
}
