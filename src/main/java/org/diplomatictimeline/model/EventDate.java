package org.diplomatictimeline.model;

import java.util.Locale;
import java.util.Objects;

/**
 * When an event happened, at the precision it is known, with how that was found.
 *
 * @param value    TIMEX3 value at its precision: "2019-05-13", "2019-06", "2019", "2019-W23"
 * @param endValue for ranges, the TIMEX3 value of the last part ("2019-05-13" for 12-13 May); null otherwise
 * @param span     the calendar days the date may cover, for ordering and drawing; null only when basis is UNKNOWN
 * @param reason   a short human explanation of how the date was obtained ("'on May 13' in 001, year from ...")
 */
public record EventDate(String value, String endValue, DatePrecision precision, DateModifier modifier,
                        DateBasis basis, DateSpan span, String reason) {

    public EventDate {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(basis, "basis");
        modifier = modifier == null ? DateModifier.NONE : modifier;
        reason = reason == null ? "" : reason;
        if (basis != DateBasis.UNKNOWN) {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }
    }

    /** A date nothing supports; events carrying it are still shown, apart from dated ones. */
    public static EventDate unknown(String reason) {
        return new EventDate(null, null, DatePrecision.YEAR, DateModifier.NONE, DateBasis.UNKNOWN, null, reason);
    }

    public boolean isKnown() {
        return basis != DateBasis.UNKNOWN;
    }

    /** True when the date covers several distinct parts ("June 5-7"), not one day, month or year. */
    public boolean isRange() {
        return endValue != null && !endValue.equals(value);
    }

    /** The precision word used by exports: "day", "month", "year", ..., or "range" for a range. */
    public String precisionLabel() {
        return isRange() ? "range" : precision.name().toLowerCase(Locale.ROOT);
    }

    public EventDate withBasis(DateBasis newBasis, String newReason) {
        return new EventDate(value, endValue, precision, modifier, newBasis, span, newReason);
    }
}
