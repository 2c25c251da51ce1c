package org.diplomatictimeline.model;

/** How finely a date is known: an event known to the month must never be drawn or reported as a day. */
public enum DatePrecision {
    DAY, WEEK, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR, DECADE, CENTURY;

    /** True when this precision is at least as fine as {@code other} (DAY is finer than MONTH). */
    public boolean isFinerOrEqual(DatePrecision other) {
        return ordinal() <= other.ordinal();
    }
}
