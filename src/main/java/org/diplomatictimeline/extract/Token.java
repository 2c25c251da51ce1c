package org.diplomatictimeline.extract;

/** A word of a document with its exact offsets and its lower-case form. */
public record Token(int start, int end, String lower) {
}
