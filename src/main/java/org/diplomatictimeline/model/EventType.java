package org.diplomatictimeline.model;

/** Kinds of diplomatic events, aligned with CAMEO codes where one fits. */
public enum EventType {
    MEETING("044", "Meeting"),
    TALKS("040", "Talks"),
    NEGOTIATION("046", "Negotiation"),
    VISIT("042", "Visit"),
    SUMMIT("044", "Summit"),
    FORUM("044", "Forum"),
    ANNIVERSARY("", "Anniversary"),
    STATEMENT("010", "Statement"),
    AGREEMENT("057", "Agreement"),
    SANCTION("163", "Sanction"),
    AID("070", "Aid"),
    MILITARY_COOPERATION("062", "Military cooperation"),
    RECOGNITION("054", "Recognition"),
    PHONE_CALL("040", "Phone call"),
    DECLARATION("057", "Joint declaration"),
    RESOLUTION("", "Resolution"),
    ELECTION("", "Election"),
    INAUGURATION("", "Inauguration"),
    MILITARY_ACTION("190", "Military action"),
    CEASEFIRE("0871", "Ceasefire"),
    RELATIONS("161", "Diplomatic relations"),
    EXPULSION("166", "Expulsion"),
    FOUNDING("", "Founding"),
    CEREMONY("", "Ceremony"),
    DEATH("", "Death"),
    OTHER("", "Event");

    private final String cameoCode;
    private final String label;

    EventType(String cameoCode, String label) {
        this.cameoCode = cameoCode;
        this.label = label;
    }

    /** The CAMEO event code this type maps to, or empty where CAMEO has none. */
    public String cameoCode() {
        return cameoCode;
    }

    /** Human label for lists and lanes. */
    public String label() {
        return label;
    }
}
