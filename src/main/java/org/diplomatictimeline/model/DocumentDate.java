package org.diplomatictimeline.model;

import java.util.Objects;

/**
 * The date a document was written, as chosen by the app, with its source, confidence and any conflict.
 *
 * @param value       TIMEX3 value at its precision ("2019-06-05", "2019-05"), or null when unknown
 * @param confidence  in [0, 1]
 * @param reason      human explanation of the choice
 * @param headerValue the date the document's header line claimed, kept even when overruled; null if none
 * @param conflict    true when the header and the text disagree and the text won
 */
public record DocumentDate(String value, DatePrecision precision, DateSource source, double confidence,
                           String reason, String headerValue, boolean conflict) {

    public DocumentDate {
        Objects.requireNonNull(source, "source");
        reason = reason == null ? "" : reason;
        if (source != DateSource.NONE) {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(precision, "precision");
        }
    }

    /** A document with no date that anything supports. */
    public static DocumentDate unknown(String reason) {
        return new DocumentDate(null, null, DateSource.NONE, 0, reason, null, false);
    }

    public boolean isKnown() {
        return source != DateSource.NONE;
    }

    public boolean isInferred() {
        return source.isInferred();
    }
}
