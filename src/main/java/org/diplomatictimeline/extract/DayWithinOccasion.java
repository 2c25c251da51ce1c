package org.diplomatictimeline.extract;

import java.time.LocalDate;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.time.DisplayableDate;

/**
 * The date of what happened on some day of an occasion the text does not name ("during the visit, five memoranda
 * were signed"): the occasion's one day as it is, but of an occasion of several days only the month (or year) that
 * holds them all, since the first of its days is no more the act's day than the last (decision 0099). The span
 * keeps the occasion's days, so the act is still ordered and merged within them.
 */
final class DayWithinOccasion {

    private DayWithinOccasion() {
    }

    /**
     * The inferred date of an act on an unnamed day of {@code occasion}, with the reason given. An act still
     * {@code planned}, or one of a planned occasion, keeps the occasion's days: an announced programme is told by
     * the days it fills.
     */
    static EventDate of(EventDate occasion, String reason, boolean planned) {
        return of(occasion, reason, planned, null);
    }

    /**
     * As {@link #of(EventDate, String, boolean)}, and an occasion whose days begin after {@code reported} (the day
     * its article was first written) keeps them too: it is still to come, a programme told by the days it fills.
     */
    static EventDate of(EventDate occasion, String reason, boolean planned, LocalDate reported) {
        boolean ahead = reported != null && occasion.span() != null && occasion.span().first().isAfter(reported);
        return held(occasion, reason, planned || ahead);
    }

    private static EventDate held(EventDate occasion, String reason, boolean planned) {
        if (planned || !occasion.isRange() || occasion.span() == null || occasion.precision() == DatePrecision.YEAR) {
            return new EventDate(occasion.value(), occasion.endValue(), occasion.precision(), occasion.modifier(),
                    DateBasis.INFERRED, occasion.span(), reason);
        }
        DatePrecision unit = occasion.precision() == DatePrecision.DAY ? DatePrecision.MONTH : DatePrecision.YEAR;
        DisplayableDate held = DisplayableDate.holding(occasion.span(), unit);
        return new EventDate(held.value(), held.endValue(), held.precision(), occasion.modifier(), DateBasis.INFERRED,
                occasion.span(), reason);
    }
}
