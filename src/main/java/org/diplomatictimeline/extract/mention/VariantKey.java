package org.diplomatictimeline.extract.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.table.ResourceTable;

/**
 * A spelling-insensitive key for personal names, so that transliteration variants (Sergey/Sergei,
 * Aleksandr/Alexander, Zelensky/Zelenskyy, Guaidó/Guaido) meet at one key and one person id.
 */
final class VariantKey {

    /** Particles that some spellings keep and others drop ("Bashar al-Assad" / "Bashar Assad"). */
    private static final Set<String> PARTICLES = NameParticles.TABLE.dropped();

    private VariantKey() {
    }

    /** The key of a whole name from its words' lookup keys, e.g. ["sergei", "lavrov"] -> "sergey lavrov". */
    static String of(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            for (String part : w.split("-")) {
                if (part.isEmpty() || PARTICLES.contains(part) && words.size() > 1) {
                    continue;
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(word(part));
            }
        }
        return b.toString();
    }

    /** The key of one word (already lower-cased and accent-folded). */
    static String word(String w) {
        String s = w.replace("'", "").replace(".", "");
        if (s.length() <= 3) {
            return s;
        }
        s = s.replace("ks", "x").replace("kh", "h").replace("ph", "f");
        if (s.startsWith("ye")) {
            s = s.substring(1);
        }
        s = s.replace("iy", "y").replace("yy", "y").replace("ii", "y");
        if (s.endsWith("ei")) {
            s = s.substring(0, s.length() - 2) + "ey";
        } else if (s.endsWith("i") && s.length() > 4 && !isVowel(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1) + "y";
        }
        if (s.endsWith("er") && s.length() > 5) {
            s = s.substring(0, s.length() - 2) + "r";
        }
        return collapseDoubles(s);
    }

    /**
     * A readable, stable id fragment for a name: words as written (lower case, accents folded) except that common
     * transliteration variants of given names and Slavic surname endings take one spelling, so that
     * "Sergei Lavrov" and "Sergey Lavrov" get "sergey-lavrov" in every document.
     */
    static String idOf(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String s = w.replace("'", "").replace(".", "");
            if (s.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('-');
            }
            String given = GIVEN_NAMES.get(s);
            if (given != null) {
                s = given;
            } else if (s.length() > 4 && (s.endsWith("iy") || s.endsWith("yy") || s.endsWith("ij"))) {
                s = s.substring(0, s.length() - 2) + "y"; // Zelenskiy, Zelenskyy -> Zelensky
            }
            b.append(s);
        }
        return b.toString();
    }

    /** Transliteration variants of common given names and the spelling ids use ({@code given-names.tsv}). */
    private static final Map<String, String> GIVEN_NAMES = givenNames();

    private static Map<String, String> givenNames() {
        Map<String, String> map = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.read(VariantKey.class, "given-names.tsv").rows()) {
            String[] cells = row.cells(2);
            for (String variant : cells[1].strip().split("\\|")) {
                map.put(variant, cells[0].strip());
            }
        }
        return Map.copyOf(map);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static String collapseDoubles(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
