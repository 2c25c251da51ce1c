package org.diplomatictimeline.model;

/** How a date was found, so an analyst can tell a stated date from one the app worked out. */
public enum DateBasis {
    /** Written out in full in the text ("13 May 2019"). */
    STATED,
    /** Resolved against the article's own date ("on Thursday", "next month"). */
    RELATIVE,
    /** Worked out from indirect evidence: an inferred document date, an anniversary, another article. */
    INFERRED,
    /** Nothing supports a date; the event is placed by what can be known. */
    UNKNOWN
}
