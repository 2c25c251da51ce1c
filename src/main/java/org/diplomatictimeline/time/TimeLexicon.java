package org.diplomatictimeline.time;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.table.ResourceTable;

/**
 * The time words of each language, read once from {@code org/diplomatictimeline/lang/<code>/time.tsv}: words for
 * today and yesterday, this/last/next, units, parts of a month, range words, extra weekday and month names, and
 * the words for decade and century. Adding a language is adding its folder; the engine stays language-neutral.
 *
 * <p>A row is {@code kind<TAB>phrase<TAB>value[<TAB>flags]}; a phrase is tokenised like text, so "aujourd'hui" or
 * "quinta-feira" match as the tagger sees them. Flags: {@code before}/{@code after} say on which side of a unit or
 * weekday a shift word stands (both when absent); {@code cap} and {@code lower} require the first word to be
 * capitalised or not ("Minggu" is Sunday, "minggu" a week; "morgen" is tomorrow, "Morgen" a morning); {@code cue}
 * makes a phrase count only near a cue word of its own language (French "hier" is yesterday, German "hier" here);
 * {@code bare} makes it count only when the word before it is no determiner (kind determiner: Spanish "mañana" is
 * tomorrow, "la mañana" a morning).
 * The tense cues of {@link TenseCues} (future, past-form, subordinator, …) are one-word rows of the same tables.
 */
final class TimeLexicon {

    /** What a phrase is. */
    enum Kind { DAY, SHIFT, UNIT, WEEKDAY, MONTH, PART_OF_MONTH, RANGE_FROM, RANGE_TO, DECADE, CENTURY, CUE, OF, PAST, FUTURE,
        MONTH_IN, ARTICLE, FUTURE_BEFORE_TO, FUTURE_CLITIC, PAST_FORM, NOT_PAST_FORM, SUBORDINATOR, PERFECT_AUX,
        PASSIVE_AUX, AGO_BEFORE, AGO_AFTER, COUNT, COUNT_UNIT, DETERMINER, SEQUEL, DAY_ORDINAL, DAY_OF }

    /**
     * One phrase of one language.
     *
     * @param words the phrase's tokens in lower case
     * @param value what it means: a day offset, a shift, a unit name, a weekday or month number, a modifier
     */
    record Entry(Kind kind, List<String> words, String value, Set<String> flags, String language) {

        int length() {
            return words.size();
        }

        int number() {
            return Integer.parseInt(value);
        }
    }

    private static final String ROOT = "/org/diplomatictimeline/lang/";
    private static final TimeLexicon INSTANCE = new TimeLexicon();

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final List<String> languages = new ArrayList<>();
    /** The one-word phrases of each kind: {@link #is} is asked of nearly every word around a date. */
    private final Map<Kind, Set<String>> oneWord = new EnumMap<>(Kind.class);

    private TimeLexicon() {
        for (String code : Locale.getISOLanguages()) {
            ResourceTable.find(TimeLexicon.class, ROOT + code + "/time.tsv").ifPresent(table -> {
                languages.add(code);
                read(code, table);
            });
        }
        for (String code : languages) {
            if (!code.equals("en")) {
                addLocaleWeekdays(code);
            }
        }
        // Longest phrases first, so the first match found is the longest.
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(Entry::length).reversed()));
        byFirstWord.forEach((word, list) -> list.stream().filter(e -> e.length() == 1)
                .forEach(e -> oneWord.computeIfAbsent(e.kind(), k -> new HashSet<>()).add(word)));
    }

    /** Weekday names of the locale data that are several tokens ("quinta-feira"); one-word names live in Vocabulary. */
    private void addLocaleWeekdays(String code) {
        Locale locale = new Locale(code);
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TextStyle style : new TextStyle[] {
                TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                String name = d.getDisplayName(style, locale);
                List<String> words = new ArrayList<>();
                for (Token t : Tokenizer.tokenize(name, 0, name.length())) {
                    words.add(t.lower());
                }
                if (words.size() > 1 && !Character.isDigit(name.charAt(0))) {
                    Entry e = new Entry(Kind.WEEKDAY, List.copyOf(words), String.valueOf(d.getValue()), Set.of(), code);
                    List<Entry> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
    }

    static TimeLexicon get() {
        return INSTANCE;
    }

    private void read(String code, ResourceTable table) {
        for (ResourceTable.Row row : table.rows()) {
            String[] f = row.cells();
            if (f.length < 3) {
                throw row.malformed("expected kind, phrase, value");
            }
            Kind kind = Kind.valueOf(f[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            List<String> words = new ArrayList<>();
            String phrase = f[1].strip();
            for (Token t : Tokenizer.tokenize(phrase, 0, phrase.length())) {
                words.add(t.lower());
            }
            Set<String> flags = f.length > 3 ? Set.of(f[3].strip().split(",")) : Set.of();
            Entry e = new Entry(kind, List.copyOf(words), f[2].strip(), flags, code);
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(e);
        }
    }

    /** Every phrase of a kind, in all languages. */
    List<Entry> entries(Kind kind) {
        List<Entry> out = new ArrayList<>();
        byFirstWord.values().forEach(list -> list.stream().filter(e -> e.kind() == kind).forEach(out::add));
        return out;
    }

    /** The languages that have time data, as ISO 639 codes. */
    List<String> languages() {
        return List.copyOf(languages);
    }

    /** Words that can begin a phrase of the given kinds, for {@link Vocabulary#canStart}. */
    Set<String> startWords(Set<Kind> kinds) {
        Set<String> words = new HashSet<>();
        byFirstWord.forEach((w, list) -> {
            if (list.stream().anyMatch(e -> kinds.contains(e.kind()))) {
                words.add(w);
            }
        });
        return words;
    }

    /** The longest phrase of this kind starting at token i, or null; {@code side} is checked for shift words. */
    Entry match(Scan s, int i, Kind kind, String side) {
        Token first = s.tok(i);
        if (first == null) {
            return null;
        }
        List<Entry> list = byFirstWord.get(first.lower());
        if (list == null) {
            return null;
        }
        for (Entry e : list) {
            if (e.kind() != kind || side != null && !e.flags().isEmpty() && sided(e) && !e.flags().contains(side)) {
                continue;
            }
            if (e.flags().contains("cap") && !first.isCapitalized() || e.flags().contains("lower") && first.isCapitalized()) {
                continue;
            }
            if (e.flags().contains("bare") && i > 0 && s.tok(i - 1) != null
                    && is(s.tok(i - 1).lower(), Kind.DETERMINER)) {
                // "mañana" is tomorrow, "la mañana", "esa mañana" a morning.
                continue;
            }
            if (matchesAt(s, i, e.words()) && (!e.flags().contains("cue") || nearCue(s, i, e))) {
                return e;
            }
        }
        return null;
    }

    /** A shift word that follows what it shifts ("dernier", "الماضي", "prochain") at token k, or null. */
    Entry shiftAfter(Scan s, int k) {
        Token t = s.tok(k);
        Entry e = t == null || !t.isWord() ? null : match(s, k, Kind.SHIFT, "after");
        return e != null && e.flags().contains("after") ? e : null;
    }

    private static final int CUE_WINDOW = 6;

    /** True when a cue word of the entry's language stands within a few tokens of it, in the same line. */
    private boolean nearCue(Scan s, int i, Entry e) {
        for (int k = Math.max(0, i - CUE_WINDOW); k <= i + e.length() + CUE_WINDOW; k++) {
            Token t = s.tok(k);
            if (t == null || k > i && t.newlineBefore() && k > i + e.length()) {
                break;
            }
            if (k >= i && k < i + e.length()) {
                continue;
            }
            List<Entry> list = byFirstWord.get(t.lower());
            if (list != null && list.stream().anyMatch(c -> c.kind() == Kind.CUE && c.language().equals(e.language()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sided(Entry e) {
        return e.flags().contains("before") || e.flags().contains("after");
    }

    private static boolean matchesAt(Scan s, int i, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            Token t = s.tok(i + j);
            if (t == null || !t.lower().equals(words.get(j)) || j > 0 && t.newlineBefore()) {
                return false;
            }
        }
        return true;
    }

    /** True when a one-word phrase of this kind is exactly this lower-case word. */
    boolean is(String lower, Kind kind) {
        Set<String> words = oneWord.get(kind);
        return words != null && words.contains(lower);
    }

    /** The flags of a one-word phrase of this kind, empty when there is none. */
    Set<String> flags(String lower, Kind kind) {
        List<Entry> list = byFirstWord.get(lower);
        if (list == null) {
            return Set.of();
        }
        return list.stream().filter(e -> e.kind() == kind && e.length() == 1).map(Entry::flags).findFirst()
                .orElse(Set.of());
    }

    /** True when a word of the text is a word for decade or century in some language. */
    boolean namesPeriodOfYears(String text) {
        for (Token t : Tokenizer.tokenize(text, 0, text.length())) {
            if (t.isWord() && (is(t.lower(), Kind.DECADE) || is(t.lower(), Kind.CENTURY))) {
                return true;
            }
        }
        return false;
    }
}
