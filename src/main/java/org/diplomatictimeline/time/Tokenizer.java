package org.diplomatictimeline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens in one left-to-right pass; the recogniser then works on tokens with hash lookups, which keeps
 * the whole tagger linear in the text length.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
        boolean space = true;
        boolean newline = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (digit(c) >= 0) {
                while (i < to && digit(text.charAt(i)) >= 0) {
                    i++;
                }
                kind = TokenKind.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < to && isWordChar(text.charAt(i))) {
                    i++;
                }
                kind = TokenKind.WORD;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(text.charAt(i))) {
                    i++;
                }
                kind = TokenKind.PUNCT;
            }
            String raw = kind == TokenKind.NUMBER ? asciiDigits(text, start, i) : text.substring(start, i);
            String lower = kind == TokenKind.WORD ? withoutVowelMarks(raw.toLowerCase(Locale.ROOT)) : raw;
            tokens.add(new Token(start, i, kind, raw, lower, space, newline));
            space = false;
            newline = false;
        }
        return tokens;
    }

    /**
     * Arabic writes short vowels and the elongation stroke only now and then ("غدًا" and "غدا" are one word), so the
     * form words are looked up by leaves them out; offsets still come from the raw text.
     */
    static String withoutVowelMarks(String lower) {
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean mark = (c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670';
            if (mark && out == null) {
                out = new StringBuilder(lower.length()).append(lower, 0, i);
            } else if (!mark && out != null) {
                out.append(c);
            }
        }
        return out == null ? lower : out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The value of a digit in the scripts news writes numbers in: ASCII, Arabic-Indic ("١٤ مايو ٢٠٢٤", Egyptian and
     * Gulf papers) and the Extended Arabic-Indic of Persian and Urdu; -1 for any other character.
     */
    static int digit(char c) {
        if (isAsciiDigit(c)) {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        return c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' : -1;
    }

    /** A run of digits in ASCII, so rules read "٢٠٢٤" as 2024; each digit is one char, so offsets stay the text's. */
    private static String asciiDigits(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            b.append((char) ('0' + digit(text.charAt(i))));
        }
        return b.toString();
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
