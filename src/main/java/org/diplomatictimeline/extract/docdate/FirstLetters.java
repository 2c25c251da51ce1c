package org.diplomatictimeline.extract.docdate;

import java.util.Set;

/**
 * The letters a match of a word alternation can begin with under case-blind matching, so a {@link StartScan} asks
 * the matcher only at word starts that could open one of the words; at most word starts of a page no month, weekday
 * or clutter word begins, and resetting a matcher there costs more than the whole test. The set is wider than the
 * matcher's (a character is let through when it, or its case fold, is a first letter or that letter's fold or other
 * case), never narrower, so the matches found are the ones the matcher alone finds.
 */
final class FirstLetters {

    /** Lets every character through: for words whose first letters cannot be told (an empty word, a surrogate). */
    static final FirstLetters ANY = new FirstLetters(null);

    private final boolean[] letters;

    private FirstLetters(boolean[] letters) {
        this.letters = letters;
    }

    /**
     * The first letters of {@code words}, as a case-blind (Unicode case) alternation of them matches them. The whole
     * test is made once here for every BMP character, so a scan pays one array read per character.
     */
    static FirstLetters of(Set<String> words) {
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        for (String w : words) {
            if (w.isEmpty() || Character.isSurrogate(w.charAt(0))) {
                return ANY;
            }
            char c = w.charAt(0);
            first[c] = true;
            first[Character.toUpperCase(c)] = true;
            first[Character.toLowerCase(c)] = true;
            first[fold(c)] = true;
        }
        boolean[] letters = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            letters[i] = Character.isSurrogate(c) || first[c] || first[fold(c)];
        }
        return new FirstLetters(letters);
    }

    /** Whether a match could begin with {@code c}; a surrogate is left to the matcher. */
    boolean mayStart(char c) {
        return letters == null || letters[c];
    }

    /** How a case-blind, Unicode-case matcher compares a letter: lower case of its upper case. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
