package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The oblique case forms of a one-word Russian place name ("Россия" -> "России", "Россию", "Россией"), so that
 * Russian text is matched by the same exact token look-ups as English.
 */
final class RussianCases {

    /** The endings of surnames built as possessives, whose instrumental ends in -ым ("Лавров", "Алиев", "Путин"). */
    private static final Pattern POSSESSIVE_SURNAME = Pattern.compile("..(ов|ев|ёв|ин|ын)$");

    private RussianCases() {
    }

    /**
     * The case forms of a name of up to three words: every word in its own forms or as written ("Джо Байденом",
     * "Владимира Путина", "Владимиру Путину"). Words are declined alone, so some forms mix cases; those are not
     * Russian and so never met in text, and a name this long is too specific to meet a common phrase by chance.
     */
    static List<String> ofPhrase(String phrase) {
        String[] words = phrase.trim().split(" +");
        if (words.length == 1) {
            return ofNameWord(words[0]);
        }
        if (words.length > 3) {
            return List.of();
        }
        List<String> forms = List.of("");
        for (String word : words) {
            List<String> next = new ArrayList<>();
            for (String head : forms) {
                String sep = head.isEmpty() ? "" : " ";
                next.add(head + sep + word);
                for (String form : ofNameWord(word)) {
                    next.add(head + sep + form);
                }
            }
            forms = next;
        }
        return forms.subList(1, forms.size()); // the first is the phrase as written
    }

    /** The forms of one word of a name: a surname built as a possessive also ends in -ым ("Мирзиёевым", "Путиным"). */
    static List<String> ofNameWord(String word) {
        List<String> forms = of(word);
        if (!POSSESSIVE_SURNAME.matcher(word).find()) {
            return forms;
        }
        List<String> more = new ArrayList<>(forms);
        more.add(word + "ым");
        return more;
    }

    static List<String> of(String name) {
        if (name.length() < 3) {
            return List.of();
        }
        String stem = name.substring(0, name.length() - 1);
        char last = name.charAt(name.length() - 1);
        switch (last) {
            case 'я':
                return List.of(stem + "и", stem + "ю", stem + "ей", stem + "е");
            case 'а':
                return List.of(stem + "ы", stem + "и", stem + "у", stem + "е", stem + "ой");
            case 'й':
                return List.of(stem + "я", stem + "ю", stem + "е", stem + "ем");
            case 'ь':
                // Feminine (Казань -> Казани) and masculine (Сиань -> Сиане) soft-sign names decline differently; the
                // spelling does not say which, and the other gender's forms are not words, so both are listed.
                return List.of(stem + "и", stem + "ью", stem + "я", stem + "ю", stem + "е", stem + "ем");
            default:
                if (Character.isLetter(last) && "аеёиоуыэюя".indexOf(last) < 0) {
                    char before = name.charAt(name.length() - 2);
                    if (name.length() > 4 && before == 'е' && "аеёиоуыэюя".indexOf(name.charAt(name.length() - 3)) < 0) {
                        String s = stem.substring(0, stem.length() - 1) + last; // a fleeting vowel: Египет -> Египта
                        return List.of(name + "а", name + "у", name + "е", name + "ом", s + "а", s + "у", s + "е",
                                s + "ом");
                    }
                    return List.of(name + "а", name + "у", name + "е", name + "ом");
                }
                return List.of();
        }
    }
}
