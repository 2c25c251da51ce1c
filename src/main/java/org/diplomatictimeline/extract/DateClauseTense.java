package org.diplomatictimeline.extract;

import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.time.Timex;

/**
 * Which way a relative date is turned: by the event's status, except where the date stands in a clause of its own
 * after the event's noun whose verb is in the past ("ahead of the meeting that took place on Monday"): the noun's
 * status came from words around it ("ahead of"), while the clause says when the occasion was.
 */
final class DateClauseTense {

    private static final TenseReader TENSE = new TenseReader();

    private DateClauseTense() {
    }

    /** The status whose direction turns {@code x}, the date chosen for trigger {@code t}. */
    static EventStatus direction(Clause c, Trigger t, Timex x) {
        if (t.status() != EventStatus.PLANNED || !t.pos().equals("NOUN") || x.start() < t.end()) {
            return t.status();
        }
        int index = c.tokenBefore(x.start()) + 1;
        // the clause after the noun is in the past ("that took place", "which was held"), and so is the date's
        boolean pastClause = TENSE.after(c.tokens(), t.tokenIndex()) == Tense.PAST;
        if (index > t.tokenIndex() && pastClause && TENSE.before(c.tokens(), index) == Tense.PAST) {
            return EventStatus.HAPPENED;
        }
        return t.status();
    }
}
