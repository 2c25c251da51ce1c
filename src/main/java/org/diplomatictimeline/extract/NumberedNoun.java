package org.diplomatictimeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trigger noun written in one word with the count before it and a hyphen ("25-летие", "70-летия"), as Russian
 * writes an anniversary: the noun after the hyphen is the trigger and the count before it its number.
 */
final class NumberedNoun {

    /** One to three digits, a hyphen, and a word of letters only. */
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})-\\p{L}+");

    private NumberedNoun() {
    }

    /** Where the noun after the count starts in {@code word}, or 0 when the word is no count and noun. */
    static int headStart(String word) {
        Matcher m = NUMBERED.matcher(word);
        return m.matches() ? m.end(1) + 1 : 0;
    }

    /** The lexicon's one-word noun entry for {@code head}, or null: only a noun takes a count in this way. */
    static TriggerLexicon.Entry entry(TriggerLexicon lexicon, String head) {
        for (TriggerLexicon.Entry e : lexicon.startingWith(head)) {
            if (e.words().size() == 1 && e.pos().equals("NOUN")) {
                return e;
            }
        }
        return null;
    }
}
