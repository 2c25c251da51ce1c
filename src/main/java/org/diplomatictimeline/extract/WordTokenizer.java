package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.extract.lang.ArabicSpelling;

/**
 * Cuts text into words (letters, digits, inner apostrophes and hyphens) and single punctuation marks; a word's
 * lower-case form has one Arabic spelling ({@link ArabicSpelling}).
 */
public final class WordTokenizer {

    /** The tokens of text[from, to); punctuation marks other than spaces become one-character tokens. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    boolean inner = (d == '\'' || d == '’' || d == '-' || d == '.' && Character.isDigit(c))
                            && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1));
                    boolean mark = Character.getType(d) == Character.NON_SPACING_MARK; // Arabic "ً", decomposed accents
                    if (!Character.isLetterOrDigit(d) && !inner && !mark) {
                        break;
                    }
                    j++;
                }
                tokens.add(new Token(i, j, ArabicSpelling.fold(
                        text.substring(i, j).toLowerCase(Locale.ROOT).replace('’', '\''))));
                i = j;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }
}
