package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Objects;

/**
 * A decision that could not be applied to the current extraction, shown to the analyst instead of being dropped.
 *
 * @param candidateEventIds for an ambiguous match, the events it could have meant; empty otherwise
 */
public record CurationConflict(Decision decision, Reason reason, String message, List<String> candidateEventIds) {

    /** Why a decision could not be applied. */
    public enum Reason {
        /** No event carries the evidence the decision was made on. */
        EVENT_NOT_FOUND,
        /** Several events carry that evidence equally well; applying to one would be a guess. */
        AMBIGUOUS,
        /** The document the decision points into is no longer in the corpus. */
        DOCUMENT_MISSING,
        /** The decision no longer makes sense (merging an event with itself, removing the last evidence...). */
        NOT_APPLICABLE
    }

    public CurationConflict {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        candidateEventIds = List.copyOf(candidateEventIds);
    }
}
