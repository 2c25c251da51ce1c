package org.diplomatictimeline.model;

import java.util.Objects;

/**
 * What the event model knows of a source document: identity, where it came from, title and resolved date.
 *
 * @param source the file path or resource name the document was read from
 */
public record DocumentInfo(String id, String source, String title, DocumentDate date) {

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        Objects.requireNonNull(date, "date");
    }
}
