package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * The number of an occasion of a series ("the 15th BRICS summit", "le XVe sommet", "KTT ke-43 ASEAN"), read with
 * each language folder's {@code ordinals.tsv}: two numbered occasions of one series are two occasions, never one.
 * The number becomes the occasion key {@code number:N} of the mention.
 */
final class OccasionNumber {

    /** The prefix of an occasion key that holds a series number. */
    static final String KEY_PREFIX = "number:";
    /** Up to four capitalised words of the series between the number and the occasion word ("43rd ASEAN-India"). */
    private static final String SERIES = "(?:[\\s\\-–]+[\\p{Lu}\\p{Lt}][\\p{L}\\p{N}.'’\\-]*){0,4}";
    /** How far from the occasion word the number may stand, in characters. */
    private static final int REACH = 60;
    private static final List<Pattern> BEFORE = new ArrayList<>();
    private static final List<Pattern> AFTER = new ArrayList<>();
    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final Pattern WORD;

    static {
        for (String line : LanguageFolders.linesOfAll("ordinals.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length != 2) {
                continue;
            }
            String kind = f[0].trim();
            String row = f[1].trim();
            switch (kind) {
                case "BEFORE" -> BEFORE.add(Pattern.compile("(?<![\\p{L}\\p{N}])(?iu:" + row + ")" + SERIES
                        + "[\\s\\-–]*$"));
                case "AFTER" -> AFTER.add(Pattern.compile("^" + SERIES + "(?iu:" + row + ")(?![\\p{L}\\p{N}])"));
                case "WORD" -> {
                    for (String pair : row.split("\\s+")) {
                        String[] wn = pair.split("=", 2);
                        WORDS.put(wn[0].toLowerCase(Locale.ROOT), Integer.parseInt(wn[1]));
                    }
                }
                default -> throw new IllegalStateException("ordinals.tsv: unknown kind " + kind);
            }
        }
        // case-blind in the word only: the series words between must stay capitalised
        WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(?iu:(" + String.join("|", WORDS.keySet().stream()
                .map(Pattern::quote).toList()) + "))" + SERIES + "[\\s\\-–]*$");
    }

    private OccasionNumber() {
    }

    /** The occasion key of the trigger at [start, end) of {@code text} inside [from, to), or "" when unnumbered. */
    static String key(String text, int from, int to, int start, int end) {
        OptionalInt n = of(text, from, to, start, end);
        return n.isPresent() ? KEY_PREFIX + n.getAsInt() : "";
    }

    /** Whether an occasion key holds a series number. */
    static boolean numbered(String key) {
        return key.startsWith(KEY_PREFIX);
    }

    /**
     * The number of the occasion whose word stands at [start, end) of {@code text}, looking no further than the
     * sentence [from, to).
     */
    static OptionalInt of(String text, int from, int to, int start, int end) {
        String before = text.substring(Math.max(from, start - REACH), start);
        for (Pattern p : BEFORE) {
            Matcher m = p.matcher(before);
            if (m.find()) {
                return parse(m.group(1));
            }
        }
        Matcher w = WORD.matcher(before);
        if (w.find()) {
            return OptionalInt.of(WORDS.get(w.group(1).toLowerCase(Locale.ROOT)));
        }
        String after = text.substring(end, Math.min(to, end + REACH));
        for (Pattern p : AFTER) {
            Matcher m = p.matcher(after);
            if (m.find()) {
                return parse(m.group(1));
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt parse(String number) {
        if (number.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(number);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        int total = 0;
        int previous = 0;
        for (int i = number.length() - 1; i >= 0; i--) {
            int v = switch (number.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            if (v == 0) {
                return OptionalInt.empty();
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }
}
