package org.diplomatictimeline.timeline;

/** How the timeline groups events into horizontal lanes. */
public enum LaneMode {
    NONE("One lane"),
    EVENT_TYPE("Event type"),
    COUNTRY("Participant country"),
    COUNTRY_PAIR("Country pair"),
    PERSON("Person"),
    DOCUMENT("Document");

    private final String label;

    LaneMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
