package org.diplomatictimeline.timeline;

import org.diplomatictimeline.timeline.layout.LaneGrouping;

/** How the timeline groups events into horizontal lanes. */
public enum LaneMode {
    NONE("One lane", LaneGrouping.NONE),
    EVENT_TYPE("Event type", LaneGrouping.EVENT_TYPE),
    COUNTRY("Participant country", LaneGrouping.COUNTRY),
    COUNTRY_PAIR("Country pair", LaneGrouping.COUNTRY_PAIR),
    PERSON("Person", LaneGrouping.PERSON),
    DOCUMENT("Document", LaneGrouping.DOCUMENT);

    private final String label;
    private final LaneGrouping grouping;

    LaneMode(String label, LaneGrouping grouping) {
        this.label = label;
        this.grouping = grouping;
    }

    /** How the layout groups events into lanes for this choice. */
    public LaneGrouping grouping() {
        return grouping;
    }

    public String label() {
        return label;
    }
}
