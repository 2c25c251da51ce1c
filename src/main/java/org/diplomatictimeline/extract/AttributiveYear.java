package org.diplomatictimeline.extract;

import java.util.Set;
import org.diplomatictimeline.time.Timex;

/**
 * A year that names a thing ("the 2015 nuclear deal", "Cuba's 1959 revolution") rather than dating the clause; the
 * thing it names is the noun it stands before, which it dates ("their 2016 Oslo meeting" was held in 2016).
 */
final class AttributiveYear {

    private AttributiveYear() {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "this", "their", "his", "her");

    /** A year's value: what {@code value.matches("\\d{4}")} accepts, without compiling a pattern per timex. */
    static boolean fourDigits(String value) {
        if (value.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "the 2015 Joint Comprehensive Plan of Action": a year naming a thing, not dating the clause's event. */
    static boolean names(Clause c, Timex x) {
        if (!fourDigits(x.value())) {
            return false;
        }
        Token previous = null;
        Token next = null;
        for (Token k : c.tokens()) {
            if (k.end() <= x.start()) {
                previous = k;
            } else if (k.start() >= x.end() && next == null) {
                next = k;
            }
        }
        // "Cuba's 1959 revolution": a possessive works as a determiner
        boolean determiner = previous != null && (DETERMINERS.contains(previous.lower())
                || previous.lower().endsWith("'s"));
        return determiner && next != null && Character.isLetter(next.lower().charAt(0));
    }

    /** How many words (names, adjectives) may stand between an attributive year and the noun it dates. */
    private static final int MODIFIERS = 3;

    /**
     * Whether the attributive year {@code x} stands before the trigger's own noun, with at most a few words and no
     * punctuation between them ("their 2016 Oslo meeting", "the 2015 nuclear deal"): the year is that occasion's,
     * so it dates the trigger even though it dates nothing else of the clause.
     */
    static boolean heads(Clause c, Timex x, Trigger t) {
        if (!"NOUN".equals(t.pos()) || t.start() < x.end()) {
            return false;
        }
        int between = 0;
        for (Token k : c.tokens()) {
            if (k.start() >= x.end() && k.end() <= t.start()) {
                if (!Character.isLetter(k.lower().charAt(0)) || ++between > MODIFIERS) {
                    return false;
                }
            }
        }
        return true;
    }
}
