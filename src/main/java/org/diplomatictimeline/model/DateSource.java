package org.diplomatictimeline.model;

/** Where a document's date came from. Only the first three are read directly off the document. */
public enum DateSource {
    /** The corpus' inline date line (" date 2019-06-05 ..."). */
    HEADER,
    /** A dateline such as "MOSCOW, May 7 (IANS)". */
    DATELINE,
    /** A byline or publication stamp ("Published: 2019/6/7", "13 May 2019 17:52"). */
    BYLINE,
    /** Inferred from explicit dates in the text. */
    TEXT,
    /** Inferred from an anniversary or another computable reference ("the 70th anniversary of ..."). */
    ANNIVERSARY,
    /** Inferred from events shared with dated documents of the corpus. */
    CORPUS,
    /** Nothing supports a date. */
    NONE;

    /** True when the date was worked out rather than read off the document. */
    public boolean isInferred() {
        return this != HEADER && this != DATELINE && this != BYLINE;
    }
}
