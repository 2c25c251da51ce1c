package org.diplomatictimeline.timeline.layout;

import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.EventDate;

/** How an event's date is drawn: a day point, a range bar, a fuzzy span for coarse precision, or an open bound. */
public enum ItemKind {
    /** Known to the day: a marker. */
    POINT,
    /** Several days, each known ("June 5-7"): a solid bar. */
    RANGE,
    /** Known only to the week, month, year...: a translucent span, so a month never looks like a day. */
    FUZZY,
    /** "After June 5": a marker with an arrow pointing later. */
    OPEN_AFTER,
    /** "Before June 5": a marker with an arrow pointing earlier. */
    OPEN_BEFORE;

    /** The kind for a known date. */
    public static ItemKind of(EventDate date) {
        DateModifier m = date.modifier();
        if (m == DateModifier.AFTER || m == DateModifier.ON_OR_AFTER) {
            return OPEN_AFTER;
        }
        if (m == DateModifier.BEFORE || m == DateModifier.ON_OR_BEFORE) {
            return OPEN_BEFORE;
        }
        if (date.precision() != DatePrecision.DAY) {
            return FUZZY;
        }
        return date.isRange() || date.span().lengthInDays() > 1 ? RANGE : POINT;
    }
}
