package org.diplomatictimeline.extract.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into words, numbers and punctuation in one linear pass, keeping offsets into the original text. */
final class Tokenizer {

    /** Abbreviations whose final period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "st", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "adm", "sen", "rep", "gov", "prof", "sgt", "capt",
            "maj", "jr", "sr", "no", "vs", "mt", "ft", "u", "s", "n", "k", "e", "a", "p", "m", "d", "j");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (to - from) / 5));
        int i = from;
        boolean space = true;
        boolean line = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                if (c == '\n' || c == '\r') {
                    line = true;
                }
                i++;
                continue;
            }
            int start = i;
            int shape;
            String key;
            if (Character.isLetter(c)) {
                i = wordEnd(text, i, to);
                key = key(text, start, i);
                shape = shapeOf(text, start, i);
            } else if (Character.isDigit(c)) {
                while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                key = text.substring(start, i).toLowerCase(Locale.ROOT);
                shape = Token.NUMBER;
            } else if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))) && !tokens.isEmpty()
                    && !space) {
                i += 2;
                key = "'s";
                shape = Token.PUNCT;
            } else {
                i++;
                key = isApostrophe(c) ? "'" : isDash(c) ? "-" : String.valueOf(c);
                shape = Token.PUNCT;
            }
            boolean sentenceStart = tokens.isEmpty() || line || endsSentence(tokens);
            tokens.add(new Token(start, i, key, shape, space, line, sentenceStart));
            space = false;
            line = false;
        }
        return tokens;
    }

    private static int wordEnd(String text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && !isPossessiveS(text, i, to)) {
                i++; // O'Brien, d'Ivoire: the apostrophe belongs to the word
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isPossessiveS(String text, int i, int to) {
        char s = text.charAt(i + 1);
        return (s == 's' || s == 'S') && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)));
    }

    private static boolean endsSentence(List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        if (isOpener(last.key()) && last.sentenceStart()) {
            return true; // the word after an opening quote that opens a sentence opens it too
        }
        int k = tokens.size() - 1;
        while (k > 0 && isCloser(tokens.get(k).key())) {
            k--; // closing quotes and brackets after the terminal mark
        }
        String mark = tokens.get(k).key();
        if (mark.equals("!") || mark.equals("?")) {
            return true;
        }
        if (!mark.equals(".")) {
            return false;
        }
        if (k == 0) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return !(before.isWord() && ABBREVIATIONS.contains(before.key()));
    }

    private static boolean isCloser(String key) {
        return key.equals("\"") || key.equals("\u201d") || key.equals("'") || key.equals(")")
                || key.equals("\u2019");
    }

    private static boolean isOpener(String key) {
        return key.equals("\"") || key.equals("\u201c") || key.equals("(") || key.equals("'");
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static int shapeOf(String text, int start, int end) {
        char first = text.charAt(start);
        if (!Character.isUpperCase(first)) {
            return Token.LOWER;
        }
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return Token.CAPITALISED;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 ? Token.UPPER : Token.CAPITALISED;
    }

    /** The lookup key of a word: lower case, accents removed, apostrophes straightened. */
    static String key(String text, int start, int end) {
        boolean plain = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0x7f) {
                plain = false;
                break;
            }
        }
        String s = text.substring(start, end);
        if (plain) {
            return s.toLowerCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(isApostrophe(c) ? '\'' : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
