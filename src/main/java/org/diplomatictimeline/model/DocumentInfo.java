package org.diplomatictimeline.model;

import java.util.Objects;

/**
 * What the event model knows of a source document: identity, where it came from, title and resolved date.
 *
 * @param source   the file path or resource name the document was read from
 * @param language ISO 639-1 code of the language the text is written in; null when not identified
 */
public record DocumentInfo(String id, String source, String title, DocumentDate date, String language) {

    /** A document whose language is not known. */
    public DocumentInfo(String id, String source, String title, DocumentDate date) {
        this(id, source, title, date, null);
    }

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        Objects.requireNonNull(date, "date");
    }
}
