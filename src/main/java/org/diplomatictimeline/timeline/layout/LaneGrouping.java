package org.diplomatictimeline.timeline.layout;

/**
 * What a lane stands for when events are grouped into lanes ({@link LaneAssigner}); the control's menu choice
 * ({@code timeline.LaneMode}) names one of these, so the layout does not depend on the control.
 */
public enum LaneGrouping {
    NONE("Other"),
    EVENT_TYPE("Other"),
    COUNTRY("No country"),
    COUNTRY_PAIR("No country pair"),
    PERSON("No person"),
    DOCUMENT("No document");

    private final String catchAllLabel;

    LaneGrouping(String catchAllLabel) {
        this.catchAllLabel = catchAllLabel;
    }

    /** The label of the lane for events that have no key of this grouping (no country, no person...). */
    public String catchAllLabel() {
        return catchAllLabel;
    }
}
