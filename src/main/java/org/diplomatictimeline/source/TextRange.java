package org.diplomatictimeline.source;

import java.util.Objects;

/**
 * A stretch of one document's text chosen by the user, in exact offsets into the document's text.
 *
 * @param documentId the document the range is in
 * @param start      Java string offset (UTF-16 units), inclusive
 * @param end        exclusive offset, at least {@code start}
 */
public record TextRange(String documentId, int start, int end) {

    public TextRange {
        Objects.requireNonNull(documentId, "documentId");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
