package org.diplomatictimeline.extract;

import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;

/**
 * A word or phrase in a sentence that signals an event, with its status as the clause states it.
 *
 * @param tokenIndex index of the trigger's first token in the sentence's tokens
 */
public record Trigger(int start, int end, String text, EventType type, String pos, EventStatus status,
                      int priority, int tokenIndex) {

    public boolean isStatement() {
        return type == EventType.STATEMENT;
    }
}
