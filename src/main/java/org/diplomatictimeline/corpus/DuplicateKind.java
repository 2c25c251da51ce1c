package org.diplomatictimeline.corpus;

/** How alike the documents of a {@link DuplicateGroup} are. */
public enum DuplicateKind {
    /** The same words in the same order, ignoring case, punctuation, white space and the date line. */
    EXACT,
    /** Mostly the same text: a few words edited, a paragraph added or dropped. */
    NEAR
}
