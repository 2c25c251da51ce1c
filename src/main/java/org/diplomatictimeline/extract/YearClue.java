package org.diplomatictimeline.extract;

/**
 * A year a document's text points to without stating a full date ("the 70th anniversary of ...", "the 64th session
 * of the UN General Assembly"), and why.
 *
 * @param current true when the clue names the occasion the text reports (a numbered session), whose year is the
 *                text's even when it also names earlier full dates as past
 */
public record YearClue(int year, String reason, boolean current) {

    /** A clue that only hints at the text's year. */
    public YearClue(int year, String reason) {
        this(year, reason, false);
    }
}
