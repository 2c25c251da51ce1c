package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;

/**
 * A year that names a thing ("the 2015 nuclear deal", "Cuba's 1959 revolution") rather than dating the clause; an
 * earlier encounter it names is dated by it ("their 2016 Oslo meeting" was held in 2016).
 */
final class AttributiveYear {

    private AttributiveYear() {
    }

    /** Words before a year that make it an attribute of the noun after it ("the 2015 deal"): YEAR_DETERMINER rows. */
    private static final Set<String> DETERMINERS = LanguageFolders.withWordsOfKind("dating.tsv", "YEAR_DETERMINER");

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

    /**
     * "The March 3, 2011, fire": a full date written between a determiner and a noun names a thing of its day,
     * history beside the clause, not the time the clause tells.
     */
    static boolean namesThing(List<Token> tokens, int start, int end) {
        return betweenDeterminerAndNoun(tokens, start, end, true);
    }

    /** "the 2015 Joint Comprehensive Plan of Action": a year naming a thing, not dating the clause's event. */
    static boolean names(Clause c, Timex x) {
        return fourDigits(x.value()) && betweenDeterminerAndNoun(c.tokens(), x.start(), x.end(), false);
    }

    /**
     * Whether {@code [start, end)} stands right after a determiner or a possessive ("the", "Cuba's") and right before
     * a word, or, when {@code overComma}, before a comma and a word (a full date set off by commas).
     */
    private static boolean betweenDeterminerAndNoun(List<Token> tokens, int start, int end, boolean overComma) {
        Token previous = null;
        Token next = null;
        Token afterNext = null;
        for (Token k : tokens) {
            if (k.end() <= start) {
                previous = k;
            } else if (k.start() >= end) {
                if (next == null) {
                    next = k;
                } else {
                    afterNext = k;
                    break;
                }
            }
        }
        // "Cuba's 1959 revolution": a possessive works as a determiner
        boolean determiner = previous != null && (DETERMINERS.contains(previous.lower())
                || previous.lower().endsWith("'s"));
        Token noun = overComma && next != null && next.lower().equals(",") ? afterNext : next;
        return determiner && noun != null && Character.isLetter(noun.lower().charAt(0));
    }

    /** How many words (names, adjectives) may stand between an attributive year and the encounter noun it dates. */
    private static final int MODIFIERS = 3;

    /**
     * Whether the attributive year {@code x}, a year before the article's, names the event's own word and so dates
     * it, though it dates nothing else of the clause: the noun of an encounter (event-types.tsv family) or of a
     * background fact (its needs_date) a few words on ("their 2016 Oslo meeting", "the 2009 Lyon bomb attacks"),
     * or any event's word right after it or after one word ("the 2005 peace deal", "Cuba's 1959 revolution"). No
     * punctuation may stand between them.
     */
    static boolean datesItsNoun(Clause c, Timex x, Trigger t) {
        if (t.start() < x.end() || !beforeTheArticle(c, x)) {
            return false;
        }
        EventTypeProfile profile = EventTypeProfile.of(t.type());
        boolean named = "NOUN".equals(t.pos()) && (c.docDate().isKnown()
                && profile.family() == EventTypeProfile.Family.ENCOUNTER || profile.needsDate());
        int reach = named ? MODIFIERS : 1;
        int between = 0;
        for (Token k : c.tokens()) {
            if (k.start() >= x.end() && k.end() <= t.start()
                    && (!Character.isLetter(k.lower().charAt(0)) || ++between > reach)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the year lies before the article's (any year, in an article of unknown date): "the 2030 election" in a
     * report of 2030 names this year's thing, not a background fact the year dates.
     */
    private static boolean beforeTheArticle(Clause c, Timex x) {
        String doc = c.docDate().isKnown() ? c.docDate().value() : null;
        return doc == null || doc.length() < 4 || x.value().compareTo(doc.substring(0, 4)) < 0;
    }

    /**
     * The encounter noun other than the clause's chosen encounter {@code family} that an attributive year of the
     * clause dates ("the talks were warmer than their 2016 Oslo meeting"): an earlier occasion of its own, told
     * beside the clause's encounter; null when there is none.
     */
    static Trigger datedEncounter(Clause c, List<Trigger> found, Trigger family) {
        if (family == null) {
            return null;
        }
        for (Trigger t : found) {
            if (t != family && !t.isStatement() && "NOUN".equals(t.pos())
                    && EventTypeProfile.encounter(t.type())
                    && c.timexes().stream().anyMatch(x -> names(c, x) && datesItsNoun(c, x, t))) {
                return t;
            }
        }
        return null;
    }
}
