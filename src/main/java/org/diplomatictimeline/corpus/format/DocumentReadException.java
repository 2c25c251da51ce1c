package org.diplomatictimeline.corpus.format;

/** A file could not be turned into a document; the message says why in words a user understands. */
public final class DocumentReadException extends Exception {

    public DocumentReadException(String message) {
        super(message);
    }

    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
