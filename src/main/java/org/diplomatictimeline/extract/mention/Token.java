package org.diplomatictimeline.extract.mention;

/**
 * One token of the searched text: a word, a number or a single punctuation character.
 *
 * @param start         offset of the first character in the text
 * @param end           offset just past the last character
 * @param key           lower-cased, accent-folded form used for lookups (curly apostrophes become straight ones)
 * @param shape         {@link #LOWER}, {@link #CAPITALISED}, {@link #UPPER}, {@link #NUMBER} or {@link #PUNCT}
 * @param spaceBefore   whether white space separates it from the previous token
 * @param lineBefore    whether a line break separates it from the previous token
 * @param sentenceStart whether it opens a sentence, a line or the text
 */
record Token(int start, int end, String key, int shape, boolean spaceBefore, boolean lineBefore,
             boolean sentenceStart) {

    static final int LOWER = 0;
    static final int CAPITALISED = 1;
    static final int UPPER = 2;
    static final int NUMBER = 3;
    static final int PUNCT = 4;

    boolean isWord() {
        return shape <= UPPER;
    }

    /** Starts with an upper-case letter (all-caps words included). */
    boolean isCapitalised() {
        return shape == CAPITALISED || shape == UPPER;
    }

    boolean is(String k) {
        return key.equals(k);
    }
}
