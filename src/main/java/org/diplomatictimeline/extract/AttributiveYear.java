package org.diplomatictimeline.extract;

import java.util.Set;
import org.diplomatictimeline.time.Timex;

/**
 * A year that names a thing ("the 2015 nuclear deal", "Cuba's 1959 revolution") rather than dating the clause; an
 * earlier encounter it names is dated by it ("their 2016 Oslo meeting" was held in 2016).
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
     * Whether the attributive year {@code x}, a year before the article's, stands before the noun of an encounter
     * (event-types.tsv family), with at most a few words and no punctuation between them ("their 2016 Oslo
     * meeting"): the year is that earlier occasion's, so it dates the trigger though it dates nothing else of the
     * clause.
     */
    static boolean heads(Clause c, Timex x, Trigger t) {
        // only an encounter of an earlier year: "the 2030 election" of an article of 2030 names a thing spoken of
        boolean earlier = c.docDate().isKnown() && c.docDate().value().length() >= 4
                && x.value().compareTo(c.docDate().value().substring(0, 4)) < 0;
        if (!"NOUN".equals(t.pos()) || t.start() < x.end() || !earlier
                || EventTypeProfile.of(t.type()).family() != EventTypeProfile.Family.ENCOUNTER) {
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
