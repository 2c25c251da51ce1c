package org.diplomatictimeline.time;

/**
 * One token of the text: a run of letters, a run of digits, or a single other character.
 *
 * @param spaceBefore   whitespace separates it from the previous token (so "2019-05-13" differs from "2019 - 05")
 * @param newlineBefore a line break separates it from the previous token (a paragraph or heading edge)
 */
record Token(int start, int end, TokenKind kind, String text, String lower, boolean spaceBefore,
             boolean newlineBefore) {

    boolean isWord() {
        return kind == TokenKind.WORD;
    }

    boolean isNumber() {
        return kind == TokenKind.NUMBER;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isCapitalized() {
        return kind == TokenKind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** Numeric value of a digit run, -1 for other tokens or runs too long to be a date part. */
    int number() {
        if (kind != TokenKind.NUMBER || text.length() > 9) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    int length() {
        return end - start;
    }
}
