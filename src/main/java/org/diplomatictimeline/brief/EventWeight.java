package org.diplomatictimeline.brief;

import java.util.Objects;

/**
 * How significant an event is, with the reason an analyst can check.
 *
 * @param value    the weight, at least 0; higher is more significant; comparable across events of one corpus
 * @param articles how many documents report the event
 * @param outlets  how many distinct known outlets report it
 * @param reason   plain words: "reported by 7 articles from 4 outlets; a head of state or government takes part; ..."
 */
public record EventWeight(double value, int articles, int outlets, ParticipantRank topRank, String reason) {

    public EventWeight {
        Objects.requireNonNull(topRank, "topRank");
        Objects.requireNonNull(reason, "reason");
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("weight must be >= 0: " + value);
        }
    }
}
