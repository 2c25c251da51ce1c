package org.diplomatictimeline.extract.mention;

import java.text.Normalizer;
import java.util.Locale;

/** Turns display names into the lower-case, hyphenated fragments of mention ids ("St. Petersburg" -> "st-petersburg"). */
final class Slug {

    private Slug() {
    }

    static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                b.append(Character.toLowerCase(c));
                dash = false;
            } else {
                dash = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
