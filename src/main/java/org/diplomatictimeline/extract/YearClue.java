package org.diplomatictimeline.extract;

/** A year a document's text points to without stating a full date ("the 70th anniversary of ..."), and why. */
public record YearClue(int year, String reason) {
}
