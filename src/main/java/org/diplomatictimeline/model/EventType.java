package org.diplomatictimeline.model;

/** Kinds of diplomatic events, aligned with CAMEO codes where one fits. */
public enum EventType {
    MEETING("044", "Meeting", EventCategory.MEETING),
    TALKS("040", "Talks", EventCategory.TALKS),
    NEGOTIATION("046", "Negotiation", EventCategory.TALKS),
    VISIT("042", "Visit", EventCategory.VISIT),
    SUMMIT("044", "Summit", EventCategory.SUMMIT),
    FORUM("044", "Forum", EventCategory.FORUM),
    ANNIVERSARY("", "Anniversary", EventCategory.ANNIVERSARY),
    STATEMENT("010", "Statement", EventCategory.STATEMENT),
    AGREEMENT("057", "Agreement", EventCategory.AGREEMENT_SIGNING),
    SANCTION("163", "Sanction", EventCategory.SANCTION),
    AID("070", "Aid", EventCategory.OTHER),
    MILITARY_COOPERATION("062", "Military cooperation", EventCategory.OTHER),
    RECOGNITION("054", "Recognition", EventCategory.OTHER),
    PHONE_CALL("040", "Phone call", EventCategory.PHONE_CALL),
    DECLARATION("057", "Joint declaration", EventCategory.AGREEMENT_SIGNING),
    RESOLUTION("", "Resolution", EventCategory.OTHER),
    ELECTION("", "Election", EventCategory.ELECTION),
    INAUGURATION("", "Inauguration", EventCategory.OTHER),
    MILITARY_ACTION("190", "Military action", EventCategory.MILITARY),
    CEASEFIRE("0871", "Ceasefire", EventCategory.MILITARY),
    RELATIONS("161", "Diplomatic relations", EventCategory.OTHER),
    EXPULSION("166", "Expulsion", EventCategory.OTHER),
    FOUNDING("", "Founding", EventCategory.OTHER),
    CEREMONY("", "Ceremony", EventCategory.OTHER),
    DEATH("", "Death", EventCategory.OTHER),
    /** A presidency or chairmanship of an organisation handed over, taken up or held ("hands the G20 gavel to"). */
    CHAIRMANSHIP("", "Chairmanship", EventCategory.OTHER),
    /** A deadline or ultimatum the text dates ("the October 31 deadline"). */
    DEADLINE("", "Deadline", EventCategory.OTHER),
    /** Members admitted to an organisation or joining it on a date ("six new members from January"). */
    MEMBERSHIP("", "Membership", EventCategory.OTHER),
    /** A court's ruling the text dates ("the top court ruling last October"). */
    RULING("", "Court ruling", EventCategory.OTHER),
    /** A treaty, agreement or measure taking effect on a date the text gives ("entered into force on 1 May"). */
    ENTRY_INTO_FORCE("", "Entry into force", EventCategory.OTHER),
    /** People arrested, abducted or charged on a date the text gives ("charged in 2020", "the arrest on 11 April"). */
    ARREST("", "Arrest or charge", EventCategory.OTHER),
    /** A regime changed by a revolution the text names by its year ("Cuba's 1959 revolution"). */
    REGIME_CHANGE("", "Change of regime", EventCategory.OTHER),
    /** A leader removed from office by a vote, a court or a parliament the text dates ("impeached in 2012"). */
    REMOVAL("", "Removal from office", EventCategory.OTHER),
    OTHER("", "Event", EventCategory.OTHER);

    private final String cameoCode;
    private final String label;
    private final EventCategory category;

    EventType(String cameoCode, String label, EventCategory category) {
        this.cameoCode = cameoCode;
        this.label = label;
        this.category = category;
    }

    /** The briefing's coarse kind this type belongs to (a negotiation is talks, a funeral is other). */
    public EventCategory category() {
        return category;
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
