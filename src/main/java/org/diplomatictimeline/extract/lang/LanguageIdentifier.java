package org.diplomatictimeline.extract.lang;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells which supported language a text is written in by counting the words of each language's
 * {@code stopwords.txt}: one pass over the words, one hash look-up per word. Function words are frequent and
 * rarely shared between languages, so a few hundred words are enough to decide.
 */
public final class LanguageIdentifier {

    /** Words looked at; the opening of an article decides its language, and the cost stays bounded. */
    private static final int MAX_WORDS = 3000;
    /** Fewer hits than this and the text is too short or in no supported language. */
    private static final int MIN_HITS = 3;

    private final List<String> codes;
    /** For each stop word, the bit set of languages (by index in {@code codes}) whose list has it. */
    private final Map<String, Long> languagesOfWord = new HashMap<>();

    /** An identifier for every language folder that has a stop-word list. */
    public static LanguageIdentifier standard() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String code : LanguageFolders.codes()) {
            List<String> words = LanguageFolders.lines(code, "stopwords.txt");
            if (!words.isEmpty()) {
                lists.put(code, words);
            }
        }
        return new LanguageIdentifier(lists);
    }

    /** An identifier for the given languages and their stop words (lines may hold several words). */
    public LanguageIdentifier(Map<String, List<String>> stopwordsByLanguage) {
        this.codes = List.copyOf(stopwordsByLanguage.keySet());
        if (codes.size() > 63) {
            throw new IllegalArgumentException("at most 63 languages");
        }
        for (int i = 0; i < codes.size(); i++) {
            long bit = 1L << i;
            for (String line : stopwordsByLanguage.get(codes.get(i))) {
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        languagesOfWord.merge(w.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
                    }
                }
            }
        }
    }

    /** The ISO 639-1 code of the language of {@code text}, or null when no supported language is recognised. */
    public String identify(CharSequence text) {
        return identify(text, 0, text.length());
    }

    /** The language of {@code text[from, to)}, or null. */
    public String identify(CharSequence text, int from, int to) {
        int[] hits = new int[codes.size()];
        StringBuilder word = new StringBuilder();
        int words = 0;
        for (int i = from; i <= to && words < MAX_WORDS; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) { // an apostrophe separates: French "l'accord" counts "l"
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() > 0) {
                words++;
                Long langs = languagesOfWord.get(word.toString());
                if (langs != null) {
                    for (int k = 0; k < hits.length; k++) {
                        if ((langs & (1L << k)) != 0) {
                            hits[k]++;
                        }
                    }
                }
                word.setLength(0);
            }
        }
        int best = -1;
        for (int k = 0; k < hits.length; k++) {
            if (hits[k] >= MIN_HITS && (best < 0 || hits[k] > hits[best])) {
                best = k;
            }
        }
        return best < 0 ? null : codes.get(best);
    }
}
