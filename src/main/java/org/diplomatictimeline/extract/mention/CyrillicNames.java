package org.diplomatictimeline.extract.mention;

import java.util.Locale;

/**
 * Latin forms of personal names written in Cyrillic, so that "Владимира Путина" in a Russian article and "Vladimir
 * Putin" in an English one meet at one person: the case ending of the oblique forms news uses after prepositions and
 * verbs is taken off, then the word is romanised (BGN/PCGN style: ж zh, х kh, ц ts, ш sh, щ shch, ю yu, я ya).
 */
final class CyrillicNames {

    private static final String[] LATIN = new String[0x460 - 0x400];

    static {
        String[] lower = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
            "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        for (int i = 0; i < lower.length; i++) {
            LATIN[0x430 + i - 0x400] = lower[i];
        }
        LATIN[0x451 - 0x400] = "yo"; // ё
        LATIN[0x456 - 0x400] = "i"; // і (Ukrainian, Belarusian)
        LATIN[0x457 - 0x400] = "yi"; // ї
        LATIN[0x454 - 0x400] = "ye"; // є
    }

    private CyrillicNames() {
    }

    /** Whether the text holds a Cyrillic letter. */
    static boolean hasCyrillic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case Latin form of one lower-case name word, in the nominative: "путиным" -> "putin". */
    static String latinWord(String word) {
        if (!hasCyrillic(word)) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        for (String part : word.split("-", -1)) {
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(romanise(nominative(part)));
        }
        return out.toString();
    }

    /** A name as written ("Владимира Путина") in Latin letters and the nominative ("Vladimir Putin"). */
    static String display(String name) {
        if (!hasCyrillic(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                out.append(capitalised(latinWord(word.toString().toLowerCase(Locale.ROOT))));
                word.setLength(0);
            }
            if (i < name.length()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The nominative of a name word in an oblique case: genitive and accusative "-а", dative "-у", locative "-е",
     * instrumental "-ом", "-ым"; adjectival surnames "-ского" -> "-ский". Short words and words in "-я" stay. A
     * surname in "-ова" is read as the masculine genitive ("Петрова" -> "Петров"): without a lexicon of given names
     * the feminine nominative cannot be told apart, and men are named more often in diplomatic news.
     */
    static String nominative(String w) {
        int n = w.length();
        if (n < 4) {
            return w;
        }
        if (w.endsWith("ского") || w.endsWith("скому") || w.endsWith("ским")) {
            return w.substring(0, w.lastIndexOf("ск")) + "ский";
        }
        if (w.endsWith("еем")) {
            return w.substring(0, n - 2) + "й"; // Сергеем -> Сергей
        }
        if (w.endsWith("ея") || w.endsWith("ею")) {
            return w.substring(0, n - 1) + "й"; // Сергея -> Сергей
        }
        if (w.endsWith("ым") || w.endsWith("ом") || w.endsWith("ем")) {
            return consonant(w.charAt(n - 3)) ? w.substring(0, n - 2) : w;
        }
        if (w.endsWith("ой") && (surnameStem(w.substring(0, n - 2)) || consonant(w.charAt(n - 3)) && n >= 5)) {
            return w.substring(0, n - 2) + "а"; // Захаровой -> Захарова, Анной -> Анна
        }
        char last = w.charAt(n - 1);
        if ((last == 'а' || last == 'у' || last == 'е') && consonant(w.charAt(n - 2)) && n >= 5) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean surnameStem(String s) {
        return s.endsWith("ов") || s.endsWith("ев") || s.endsWith("ёв") || s.endsWith("ин") || s.endsWith("ын");
    }

    private static boolean consonant(char c) {
        return c >= 'а' && c <= 'я' && "аеёиоуыэюяйьъ".indexOf(c) < 0;
    }

    private static String romanise(String w) {
        StringBuilder b = new StringBuilder(w.length() + 4);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean afterVowel = i == 0 || "аеёиоуыэюяйьъ".indexOf(w.charAt(i - 1)) >= 0;
            if (c == 'е' && afterVowel) {
                b.append("ye"); // Евгений -> Yevgeny, Мирзиёев -> Mirziyoyev
            } else if (c == 'ё' && !afterVowel && i > 0 && "жчшщ".indexOf(w.charAt(i - 1)) >= 0) {
                b.append('o');
            } else if (c >= 0x400 && c < 0x460 && LATIN[c - 0x400] != null) {
                b.append(LATIN[c - 0x400]);
            } else {
                b.append(c);
            }
        }
        String s = b.toString();
        return s.endsWith("iy") || s.endsWith("yy") ? s.substring(0, s.length() - 2) + "y" : s;
    }

    private static String capitalised(String w) {
        StringBuilder b = new StringBuilder(w);
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || b.charAt(i - 1) == '-') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }
}
