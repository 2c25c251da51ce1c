package org.diplomatictimeline.extract;

import java.util.HashMap;
import java.util.Map;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/** Small counts written as digits or as the number words of every language's {@code COUNT} row ("two", "deux"). */
final class CountWords {

    private static final Map<String, Integer> WORDS = read();

    private CountWords() {
    }

    /** The count a lower-case word stands for: one or two digits, or a number word; 0 when it is neither. */
    static int of(String word) {
        if (oneOrTwoDigits(word)) {
            return Integer.parseInt(word);
        }
        return WORDS.getOrDefault(word, 0);
    }

    private static boolean oneOrTwoDigits(String word) {
        if (word.isEmpty() || word.length() > 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> read() {
        Map<String, Integer> out = new HashMap<>();
        for (String pair : LanguageFolders.withWordsOfKind("dating.tsv", "COUNT")) {
            String[] f = pair.split("=", 2);
            if (f.length == 2 && oneOrTwoDigits(f[1])) {
                out.put(f[0], Integer.parseInt(f[1]));
            }
        }
        return Map.copyOf(out);
    }
}
