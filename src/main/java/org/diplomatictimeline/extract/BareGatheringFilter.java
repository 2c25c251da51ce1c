package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.model.Event;

/**
 * Drops the gatherings that, after the merge, still have nobody taking part, no place and no name of their own: a
 * meeting, visit or summit of nobody in no place is a generic noun ("the forum was founded in 2007", "a trip on
 * Thursday") or a later mention of an occasion that joined nothing. It runs after the merge because such a mention
 * may be what dates an occasion the article names elsewhere ("ahead of Monday's meeting ... he will meet X").
 * Acts stay (an agreement signed on a day is news even when the sentence names no party).
 */
final class BareGatheringFilter {

    List<Event> keep(List<Event> events) {
        return events.stream().filter(e -> !bare(e)).toList();
    }

    /** A gathering with no participant and no place whose title is only its type's word (no name of its own). */
    static boolean bare(Event e) {
        EventTypeProfile profile = EventTypeProfile.of(e.type());
        return profile.family() == EventTypeProfile.Family.ENCOUNTER && e.participants().isEmpty()
                && e.place() == null && e.title().strip().equalsIgnoreCase(profile.title());
    }
}
