package org.diplomatictimeline.model;

import java.util.Objects;

/**
 * A span of a document's text that supports an event.
 *
 * @param start Java string offset (UTF-16 units) into the document's text, inclusive
 * @param end   exclusive offset; {@code text} is exactly the substring [start, end)
 */
public record Evidence(String documentId, int start, int end, String text) {

    public Evidence {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("evidence text length " + text.length() + " != " + (end - start));
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(Evidence other) {
        return documentId.equals(other.documentId) && other.start < end && start < other.end;
    }
}
