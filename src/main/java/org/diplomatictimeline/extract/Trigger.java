package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
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

    /**
     * Whether one of the words stands at most {@code reach} tokens before the trigger with only words between
     * ("his recent visit", "another virtual meeting"): punctuation or a number ends the look back.
     */
    boolean hasWordBefore(List<Token> tokens, Set<String> words, int reach) {
        for (int i = tokenIndex - 1; i >= 0 && i >= tokenIndex - reach; i--) {
            String w = tokens.get(i).lower();
            if (words.contains(w)) {
                return true;
            }
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }
}
