package org.diplomatictimeline.extract;

/**
 * One person's name as two outlets spell it: transliterations of one name differ in a letter or two of one word
 * ("Bashar" and "Bachar", "Mohammed" and "Muhammad", "Mirziyoyev" and "Mirziyayev"), the other words being the
 * same. Only across articles: one outlet keeps one spelling, so within an article two spellings are two people.
 */
final class NameSpellings {

    /** A word shorter than this is too short to tell a variant from another name ("Un" and "Il"). */
    private static final int MIN_WORD = 4;
    /** Up to this length a word may differ in one letter; longer ones in two. */
    private static final int SHORT_WORD = 6;

    private NameSpellings() {
    }

    /**
     * Whether two person ids ("person:bashar-al-assad") are one name spelled apart: the same number of words (two
     * or more), all equal but one, and that one begins with the same letter, has at least four letters and differs
     * by one edit (two for words of six letters or more).
     */
    static boolean spelledApart(String x, String y) {
        String[] wx = words(x);
        String[] wy = words(y);
        if (wx.length != wy.length || wx.length < 2) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < wx.length; i++) {
            if (!wx[i].equals(wy[i])) {
                if (differing >= 0) {
                    return false; // two words apart: two names
                }
                differing = i;
            }
        }
        if (differing < 0) {
            return false; // the same id is the same person, not a variant
        }
        String a = wx[differing];
        String b = wy[differing];
        int shorter = Math.min(a.length(), b.length());
        if (shorter < MIN_WORD || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        return editDistance(a, b) <= (shorter < SHORT_WORD ? 1 : 2);
    }

    private static String[] words(String id) {
        return id.substring(id.indexOf(':') + 1).split("-");
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit ("Anglea" for "Angela"). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
