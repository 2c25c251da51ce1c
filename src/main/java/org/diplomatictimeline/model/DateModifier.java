package org.diplomatictimeline.model;

/** TIMEX3-style qualifiers of a date: approximate, part of a period, or an open bound. */
public enum DateModifier {
    NONE, APPROX, EARLY, MID, LATE, START, END, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER;

    /** True for bounds that leave one side of the interval open ("after June 5"). */
    public boolean isOpenEnded() {
        return this == BEFORE || this == AFTER || this == ON_OR_BEFORE || this == ON_OR_AFTER;
    }
}
