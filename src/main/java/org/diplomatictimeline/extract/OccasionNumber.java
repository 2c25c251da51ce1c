package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
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
    private static final List<Before> BEFORE = new ArrayList<>();
    private static final List<Pattern> AFTER = new ArrayList<>();
    private static final Map<String, Integer> WORDS = new HashMap<>();
    /** Nouns that are the count of an anniversary themselves ("centenary"): COUNT_NOUN rows, '+' a space. */
    private static final Map<String, Integer> COUNT_NOUNS = new HashMap<>();
    private static final Pattern WORD;
    /** What the look-behind {@code (?<![\p{L}\p{N}])} opening every BEFORE and WORD pattern refuses to follow. */
    private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");
    /** Per BMP character, whether {@link #LETTER_OR_NUMBER} matches it: 0 not asked yet, 1 yes, 2 no. */
    private static final byte[] ALNUM = new byte[Character.MAX_VALUE + 1];

    /**
     * A row that opens with a group of one or more digits, or of one or more of a few letters case-sensitively
     * ("(?-i:([IVXL]{1,7}))"): only a position holding one of them can start its match.
     */
    private static final Pattern DIGITS_FIRST = Pattern.compile("^\\(\\\\d(?:\\+|\\{[1-9]\\d*(?:,\\d*)?\\})?\\)");
    private static final Pattern LETTERS_FIRST = Pattern.compile(
            "^\\(\\?-i:\\(\\[([A-Za-z]+)\\](?:\\+|\\{[1-9]\\d*(?:,\\d*)?\\})?\\)\\)");

    /** A BEFORE row's pattern and the characters its match can start with (null: any). */
    private record Before(Pattern pattern, String first) {
    }

    static {
        // Several languages share a row ("(?-i:([IVXL]{1,7}))"): a row that failed fails again, so each is tried once.
        Set<String> beforeRows = new HashSet<>();
        for (String line : LanguageFolders.linesOfAll("ordinals.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length != 2) {
                continue;
            }
            String kind = f[0].trim();
            String row = f[1].trim();
            switch (kind) {
                case "BEFORE" -> {
                    if (beforeRows.add(row)) {
                        BEFORE.add(new Before(Pattern.compile("(?<![\\p{L}\\p{N}])(?iu:" + row + ")" + SERIES
                                + "[\\s\\-–]*$"), firstOf(row)));
                    }
                }
                case "AFTER" -> AFTER.add(Pattern.compile("^" + SERIES + "(?iu:" + row + ")(?![\\p{L}\\p{N}])"));
                case "WORD" -> {
                    for (String pair : row.split("\\s+")) {
                        String[] wn = pair.split("=", 2);
                        // '+' joins the words of a compound ordinal ("vigésimo+quinto")
                        WORDS.put(wn[0].replace('+', ' ').toLowerCase(Locale.ROOT), Integer.parseInt(wn[1]));
                    }
                }
                case "COUNT_NOUN" -> {
                    for (String pair : row.split("\\s+")) {
                        String[] wn = pair.split("=", 2);
                        COUNT_NOUNS.put(wn[0].replace('+', ' ').toLowerCase(Locale.ROOT), Integer.parseInt(wn[1]));
                    }
                }
                case "DOTTED_AFTER" -> {
                    // read by SentenceSplitter: the words before a dotted ordinal ("den 30. Jahrestag")
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

    /**
     * The count a noun of anniversary carries itself ("centenary" 100, "столетия" 100, "peringatan seabad" 100: the
     * words of {@code phrase}, ending it), or 0 when it carries none.
     */
    static int countNoun(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        for (Map.Entry<String, Integer> e : COUNT_NOUNS.entrySet()) {
            if (lower.equals(e.getKey()) || lower.endsWith(" " + e.getKey())) {
                return e.getValue();
            }
        }
        return 0;
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
        for (Before b : BEFORE) {
            Matcher m = b.pattern().matcher(before);
            if (findAfterNonWord(m, before, b.first())) {
                return parse(m.group(1));
            }
        }
        Matcher w = WORD.matcher(before);
        if (findAfterNonWord(w, before, null)) {
            return OptionalInt.of(WORDS.get(w.group(1).toLowerCase(Locale.ROOT)));
        }
        String after = text.substring(end, Math.min(to, end + REACH));
        for (Pattern p : AFTER) {
            Matcher m = p.matcher(after);
            if (m.lookingAt()) { // the pattern opens with ^: find could match only where lookingAt does
                return parse(m.group(1));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * {@link Matcher#find()} for a pattern that opens with {@code (?<![\p{L}\p{N}])}: tries only the positions that
     * look-behind lets through, in order, each with the bounds find would see (the whole input, so the look-behind,
     * {@code ^} and {@code $} read it as find does). Most positions of the window lie inside words, where find fails
     * only after the look-behind. With {@code first}, only positions holding one of its characters are tried (the
     * match is never empty there).
     */
    private static boolean findAfterNonWord(Matcher m, String s, String first) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = 0; p <= s.length(); p++) {
            if (first != null && (p == s.length() || first.indexOf(s.charAt(p)) < 0)) {
                continue;
            }
            if (p > 0 && letterOrNumber(s.charAt(p - 1))) {
                continue;
            }
            m.region(p, s.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the look-behind surely fails after {@code c}; a surrogate is left to the pattern itself. */
    private static boolean letterOrNumber(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        byte known = ALNUM[c];
        if (known == 0) {
            known = LETTER_OR_NUMBER.matcher(String.valueOf(c)).matches() ? (byte) 1 : (byte) 2;
            ALNUM[c] = known;
        }
        return known == 1;
    }

    /** The characters a row's match must start with, when its opening group says so plainly; else null. */
    private static String firstOf(String row) {
        if (DIGITS_FIRST.matcher(row).lookingAt()) {
            return "0123456789";
        }
        Matcher letters = LETTERS_FIRST.matcher(row);
        return letters.lookingAt() ? letters.group(1) : null;
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
