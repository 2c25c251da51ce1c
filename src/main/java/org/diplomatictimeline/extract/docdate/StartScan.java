package org.diplomatictimeline.extract.docdate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a date pattern in a region, found by trying the pattern only where a match can begin: at the first
 * digit of a number for a pattern that opens with {@code (?<!\d)\d}, after a non-letter for one that opens with
 * {@code (?<!\p{L})}. {@link Matcher#find()} tries every position, and most positions of a page lie inside words,
 * where such a pattern fails only after its look-behind; skipping them gives exactly the matches {@code find} gives.
 * Not thread-safe: one scan per call.
 */
final class StartScan {

    /** Where a match of the pattern can begin. */
    enum Start {
        /** The pattern opens with {@code (?<!\d)} and a digit: the first digit of a number. */
        NUMBER,
        /** The pattern opens with {@code (?<!\p{L})} (case-blind, Unicode case): anywhere not after a letter. */
        WORD,
        /** The pattern opens with {@code (?<!\p{L})(?=\p{L}}: the first letter of a word. */
        LETTER_WORD,
        /** The pattern opens with {@code (?<![\p{L}'’])} (case-blind, Unicode case): not after a letter or an
         *  apostrophe. */
        WORD_NOT_ELIDED
    }

    /** The flags every pattern scanned with {@link Start#WORD} or {@link Start#LETTER_WORD} is compiled with. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LETTER = Pattern.compile("\\p{L}", FLAGS);
    /** Whether {@code \p{L}} matches a BMP character under {@link #FLAGS}: 0 not asked yet, 1 yes, 2 no. */
    private static final byte[] LETTERS = new byte[Character.MAX_VALUE + 1];

    private final Matcher matcher;
    private final String text;
    private final int from;
    private final int to;
    private final Start start;
    private final FirstLetters first;
    private int next;

    /** A scan of {@code text[from, to)}, with the bounds a {@code matcher(text).region(from, to)} would have. */
    StartScan(Pattern pattern, String text, int from, int to, Start start) {
        this(pattern, text, from, to, start, FirstLetters.ANY);
    }

    /**
     * A scan for a pattern whose match opens with a word of an alternation (right after its look-arounds): only
     * positions whose character may begin one of the words ({@code first}) are tried.
     */
    StartScan(Pattern pattern, String text, int from, int to, Start start, FirstLetters first) {
        this.first = first;
        this.matcher = pattern.matcher(text);
        this.text = text;
        this.from = from;
        this.to = to;
        this.start = start;
        this.next = from;
    }

    /** Finds the next match, as {@link Matcher#find()} on the region would; read it from {@link #matcher()}. */
    boolean find() {
        for (int p = next; p < to; p++) {
            if (!canStart(p)) {
                continue;
            }
            // Opaque bounds as in the region [from, to): the look-behind at p is blind, so canStart checked it.
            matcher.region(p, to);
            if (matcher.lookingAt()) {
                next = matcher.end() == p ? p + 1 : matcher.end();
                return true;
            }
        }
        next = to;
        return false;
    }

    /** The matcher holding the last match found. */
    Matcher matcher() {
        return matcher;
    }

    private boolean canStart(int p) {
        char c = text.charAt(p);
        if (!first.mayStart(c)) {
            return false;
        }
        return switch (start) {
            case NUMBER -> isDigit(c) && (p == from || !isDigit(text.charAt(p - 1)));
            case WORD -> p == from || !letterBefore(text.charAt(p - 1));
            case LETTER_WORD -> (p == from || !letterBefore(text.charAt(p - 1)))
                    && (Character.isSurrogate(c) || letter(c));
            case WORD_NOT_ELIDED -> p == from || !letterBefore(text.charAt(p - 1)) && text.charAt(p - 1) != '\''
                    && text.charAt(p - 1) != '’';
        };
    }

    /** What {@code \d} matches without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a look-behind {@code (?<!\p{L})} fails on {@code c}: a lone surrogate is no letter to it (it reads
     * the code point at c, and a high surrogate's pair would reach past the position looked behind).
     */
    private static boolean letterBefore(char c) {
        return !Character.isSurrogate(c) && letter(c);
    }

    private static boolean letter(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        byte known = LETTERS[c];
        if (known == 0) {
            // Asked of the pattern itself, so case-blind matching decides as it does in the date patterns.
            known = LETTER.matcher(String.valueOf(c)).matches() ? (byte) 1 : (byte) 2;
            LETTERS[c] = known;
        }
        return known == 1;
    }
}
