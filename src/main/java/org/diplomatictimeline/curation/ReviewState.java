package org.diplomatictimeline.curation;

/** Where an event stands in the analyst's review: as extracted, confirmed, dismissed, or corrected. */
public enum ReviewState {
    /** Proposed by extraction and not yet looked at. */
    PROPOSED,
    /** Confirmed by the analyst as it stands. */
    ACCEPTED,
    /** Dismissed by the analyst; kept in the model so filters can show or hide it. */
    REJECTED,
    /** Changed by the analyst (a field, its evidence, a merge or a split). */
    EDITED;

    /** True once the analyst has acted on the event. */
    public boolean isReviewed() {
        return this != PROPOSED;
    }
}
