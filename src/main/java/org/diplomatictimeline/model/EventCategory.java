package org.diplomatictimeline.model;

import java.util.Locale;

/**
 * The coarse kinds a briefing sorts events into — the event model the analysts asked for (meetings, talks, visits,
 * summits, forums, calls, agreements, statements, elections, military actions, sanctions, anniversaries) and
 * "other" for the rest. Several finer {@link EventType}s share one: a negotiation is talks, a ceasefire is a
 * military matter, a founding or a funeral is other. Exports name events by this and keep the fine type beside it.
 */
public enum EventCategory {
    MEETING,
    TALKS,
    VISIT,
    SUMMIT,
    FORUM,
    PHONE_CALL,
    AGREEMENT_SIGNING,
    STATEMENT,
    ELECTION,
    MILITARY,
    SANCTION,
    ANNIVERSARY,
    OTHER;

    /** The word exports write: {@code "phone_call"}, {@code "agreement_signing"}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
