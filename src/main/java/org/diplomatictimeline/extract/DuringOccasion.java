package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.time.DisplayableDate;
import org.diplomatictimeline.time.Timex;

/**
 * An occasion's word set inside the time of another act by an enclosure cue ("received the envoy on Monday
 * during his four-day stay"): the day the sentence tells is the act's, one of the occasion's days but not its first.
 */
final class DuringOccasion {

    /** A length in days ("P3D"). */
    private static final Pattern DAYS = Pattern.compile("P(\\d{1,2})D");

    private DuringOccasion() {
    }

    /** True when the trigger names the occasion a cue ("during", "lors de", "в ходе") sets the clause's act in. */
    static boolean opens(Clause c, Trigger t) {
        return EnclosureCues.of(c.doc().text(), c.sentence()).holds(t);
    }

    /**
     * The date of an occasion of {@code length} days that holds the told day: its days may run from as many days
     * before it to as many after, so it is shown as the month (or months) holding them; a date that is no single
     * day, or a length of no more than a day, stays as it is.
     */
    static EventDate onSomeDay(EventDate day, Timex length) {
        Matcher m = length == null ? null : DAYS.matcher(length.value());
        if (m == null || !m.matches() || !day.isKnown() || day.isRange() || day.precision() != DatePrecision.DAY
                || day.span() == null || Integer.parseInt(m.group(1)) < 2) {
            return day;
        }
        long more = Integer.parseInt(m.group(1)) - 1L;
        LocalDate told = day.span().first();
        DisplayableDate held = DisplayableDate.holding(new DateSpan(told.minusDays(more), told.plusDays(more)),
                DatePrecision.MONTH);
        return new EventDate(held.value(), held.endValue(), held.precision(), day.modifier(), day.basis(),
                held.span(), day.reason() + " on some day of '" + length.text() + "'");
    }
}
