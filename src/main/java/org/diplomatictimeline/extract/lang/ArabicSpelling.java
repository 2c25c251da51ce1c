package org.diplomatictimeline.extract.lang;

/**
 * One spelling for the Arabic words writers vary at will: short-vowel marks, tanwin, shadda and the tatweel are left
 * out ("قرارًا" is "قرارا") and the alef that carries a hamza or madda is a plain alef ("أكد" is "اكد"), so that a
 * trigger table lists each word once and matches text written either way.
 */
public final class ArabicSpelling {

    private ArabicSpelling() {
    }

    /** The folded form of a lower-case word; the word itself (same instance) when it has nothing to fold. */
    public static String fold(String w) {
        int k = 0;
        while (k < w.length() && !foldable(w.charAt(k))) {
            k++;
        }
        if (k == w.length()) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isAlefWithHamza(c)) {
                b.append('\u0627');
            } else if (!isMark(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean foldable(char c) {
        return isMark(c) || isAlefWithHamza(c);
    }

    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    private static boolean isAlefWithHamza(char c) {
        return c == '\u0622' || c == '\u0623' || c == '\u0625' || c == '\u0671';
    }
}
