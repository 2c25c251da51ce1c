package org.diplomatictimeline.extract.docdate;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomatictimeline.table.ResourceTable;

/**
 * Month names, weekday names and publication cue words ("Published", "Publicado", "gesendet") of every language the
 * date readers know: the JDK's locale data first, then each language's {@code lang/<code>/dates.tsv} for the forms
 * it lacks (inflected weekdays, cue words).
 */
public final class DateWords {

    private static final String ROOT = "/org/diplomatictimeline/lang/";
    private static final DateWords STANDARD = load();

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final Set<String> cues;
    private final String thisAlternation;
    private final String monthAlternation;
    private final String weekdayAlternation;
    private final String cueAlternation;
    private final Map<String, Integer> offsets;
    private final String sinceAlternation;
    private final String offsetAlternation;
    private final Pattern weekdayWord;
    private final FirstLetters monthStarts;
    private final FirstLetters weekdayStarts;
    private final FirstLetters clutterStarts;
    private final FirstLetters thisStarts;
    private final FirstLetters offsetStarts;
    private final String clutterAlternation;
    private final String relatedAlternation;
    private final String yearWordAlternation;
    private final String correspondingAlternation;

    private DateWords(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, Set<String> cues,
                      Set<String> thisWords, Map<String, Integer> offsets, Set<String> sinceWords,
                      Set<String> clutter, Set<String> related, Set<String> yearWords, Set<String> corresponding) {
        this.yearWordAlternation = alternation(yearWords);
        this.correspondingAlternation = alternation(corresponding);
        this.clutterAlternation = alternation(clutter);
        this.relatedAlternation = alternation(related);
        this.sinceAlternation = alternation(sinceWords);
        this.thisAlternation = alternation(thisWords);
        this.offsets = Map.copyOf(offsets);
        this.offsetAlternation = alternation(offsets.keySet());
        this.months = Map.copyOf(months);
        this.weekdays = Map.copyOf(weekdays);
        this.cues = Set.copyOf(cues);
        this.monthAlternation = alternation(months.keySet());
        this.weekdayAlternation = alternation(weekdays.keySet());
        this.cueAlternation = alternation(cues);
        this.monthStarts = FirstLetters.of(months.keySet());
        this.weekdayStarts = FirstLetters.of(weekdays.keySet());
        this.clutterStarts = FirstLetters.of(clutter);
        this.thisStarts = FirstLetters.of(thisWords);
        this.offsetStarts = FirstLetters.of(offsets.keySet());
        // every name starts with a letter (checked on loading): a scan tries the first letters of words only
        this.weekdayWord = Pattern.compile("(?<!\\p{L})(?=\\p{L})(" + weekdayAlternation + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The words of every language listed in {@code lang/date-languages.txt}. */
    public static DateWords standard() {
        return STANDARD;
    }

    /** A regular-expression alternation of every month name and abbreviation (no group, longest first). */
    public String monthAlternation() {
        return monthAlternation;
    }

    /** A regular-expression alternation of every full weekday name (no group, longest first). */
    public String weekdayAlternation() {
        return weekdayAlternation;
    }

    /** A regular-expression alternation of the publication cue words (no group, longest first). */
    public String cueAlternation() {
        return cueAlternation;
    }

    /**
     * A regular-expression alternation of the words that mark a line as page furniture whose dates are never the
     * article's ("copyright", "cookies", "privacy policy"); each starts with a letter.
     */
    public String clutterAlternation() {
        return clutterAlternation;
    }

    /**
     * A regular-expression alternation of the headings that open a list of other articles ("Related", "Read also",
     * "Lire aussi"), whose dates are those articles' dates.
     */
    public String relatedAlternation() {
        return relatedAlternation;
    }

    /**
     * A regular-expression alternation of the words a language writes right after a year ("2022 года", "2022 г.",
     * "2022م"), without their final dot.
     */
    public String yearWordAlternation() {
        return yearWordAlternation;
    }

    /**
     * The words that join a date of the lunar calendar to the same day in the Gregorian one ("الموافق", "bertepatan
     * dengan", "corresponding to"), as an alternation; may match nothing when no language lists any.
     */
    public String correspondingAlternation() {
        return correspondingAlternation;
    }

    /** A regular-expression alternation of the words that put a weekday in the current week ("this", "ce"). */
    public String thisAlternation() {
        return thisAlternation;
    }

    /** A regular-expression alternation of the words that name a day from the day of writing ("today", "domani"). */
    public String offsetAlternation() {
        return offsetAlternation;
    }

    /** A regular-expression alternation of the words that open a period running to now ("since", "depuis"). */
    public String sinceAlternation() {
        return sinceAlternation;
    }

    /** How many days from the day of writing a word names ("oggi" 0, "tomorrow" 1, "вчера" -1). */
    public Optional<Integer> offset(String word) {
        return Optional.ofNullable(offsets.get(norm(word)));
    }

    /** The month a name or abbreviation stands for ("sept.", "июня", "giu"). */
    public Optional<Integer> month(String word) {
        return Optional.ofNullable(months.get(norm(word)));
    }

    /** The weekday a full name stands for ("jeudi", "Kamis", "пятницу"). */
    public Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(weekdays.get(norm(word)));
    }

    private static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    /**
     * A whole weekday name ("jeudi", "Kamis"), any case, as group 1; it opens with {@code (?<!\p{L})(?=\p{L})}, for
     * a {@link StartScan.Start#LETTER_WORD} scan.
     */
    public Pattern weekdayWord() {
        return weekdayWord;
    }

    /** The letters a month name of {@link #monthAlternation()} can begin with. */
    FirstLetters monthStarts() {
        return monthStarts;
    }

    /** The letters a weekday name of {@link #weekdayAlternation()} can begin with. */
    FirstLetters weekdayStarts() {
        return weekdayStarts;
    }

    /** The letters a word of {@link #clutterAlternation()} can begin with. */
    FirstLetters clutterStarts() {
        return clutterStarts;
    }

    /** The letters a word of {@link #thisAlternation()} can begin with. */
    FirstLetters thisStarts() {
        return thisStarts;
    }

    /** The letters a word of {@link #offsetAlternation()} can begin with. */
    FirstLetters offsetStarts() {
        return offsetStarts;
    }

    /**
     * The words, longest first, as one alternation grouped by first letter ("m(?:onday|ardi|...)|t(?:...)"): a
     * matcher then tries the few names of one letter at each word start instead of every name of nine languages.
     * The groups begin with letters no case folding makes equal, so at most one group can match at a position and
     * within it the names keep their order: what matches, and which name a group captures, is what the flat list of
     * names gives. Words that would break that (an empty one, a first letter outside the BMP, two first letters one
     * case of the other) keep the flat list.
     */
    static String alternation(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        Set<Integer> folded = new HashSet<>();
        for (String w : sorted) {
            if (w.isEmpty() || Character.isSurrogate(w.charAt(0))) {
                return flat(sorted);
            }
            char first = w.charAt(0);
            if (!byFirst.containsKey(first)) {
                // a case-insensitive matcher compares letters as lower(upper(c)); two first letters equal so would
                // let two groups match at one position
                int fold = Character.toLowerCase(Character.toUpperCase(first));
                if (!folded.add(fold) || Character.toLowerCase(Character.toUpperCase(fold)) != fold) {
                    return flat(sorted);
                }
                byFirst.put(first, new ArrayList<>());
            }
            byFirst.get(first).add(w.substring(1));
        }
        return byFirst.entrySet().stream()
                .map(e -> Pattern.quote(String.valueOf(e.getKey())) + "(?:"
                        + e.getValue().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")")
                .collect(Collectors.joining("|"));
    }

    private static String flat(List<String> sorted) {
        return sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static DateWords load() {
        Map<String, Integer> months = new HashMap<>();
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        Set<String> cues = new LinkedHashSet<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        Set<String> thisWords = new LinkedHashSet<>();
        Map<String, Integer> offsets = new HashMap<>();
        Set<String> sinceWords = new LinkedHashSet<>();
        Set<String> clutter = new LinkedHashSet<>();
        Set<String> related = new LinkedHashSet<>();
        Set<String> yearWords = new LinkedHashSet<>();
        Set<String> corresponding = new LinkedHashSet<>();
        for (String code : lines(ROOT + "date-languages.txt")) {
            Locale locale = Locale.forLanguageTag(code);
            for (Month m : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE}) {
                    String name = norm(m.getDisplayName(style, locale));
                    // "3" or "M03" are what some locales print for lack of a name: not words.
                    if (name.length() >= 3 && name.chars().allMatch(Character::isLetter)) {
                        months.putIfAbsent(name, m.getValue());
                    }
                }
            }
            for (DayOfWeek d : DayOfWeek.values()) {
                // Only full names: short ones ("mar", "sam", "Di") are ordinary words or months elsewhere.
                weekdays.putIfAbsent(norm(d.getDisplayName(TextStyle.FULL, locale)), d);
                weekdays.putIfAbsent(norm(d.getDisplayName(TextStyle.FULL_STANDALONE, locale)), d);
            }
            for (String line : lines(ROOT + code + "/dates.tsv")) {
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("lang/" + code + "/dates.tsv: expected 3 columns: " + line);
                }
                String word = norm(f[2]);
                switch (f[0]) {
                    case "cue" -> cues.add(word);
                    case "weekday" -> weekdays.putIfAbsent(word, DayOfWeek.of(Integer.parseInt(f[1])));
                    case "month" -> months.putIfAbsent(word, Integer.parseInt(f[1]));
                    case "ambiguous" -> ambiguous.add(word);
                    case "this" -> thisWords.add(word);
                    case "offset" -> offsets.putIfAbsent(word, Integer.parseInt(f[1]));
                    case "since" -> sinceWords.add(word);
                    case "clutter" -> clutter.add(word);
                    case "related" -> related.add(word);
                    case "year" -> yearWords.add(word);
                    case "corresponding" -> corresponding.add(word);
                    default -> throw new IllegalStateException("lang/" + code + "/dates.tsv: unknown kind " + f[0]);
                }
            }
        }
        months.keySet().removeAll(ambiguous);
        weekdays.keySet().removeAll(ambiguous);
        requireLetterFirst("weekday", weekdays.keySet());
        requireLetterFirst("clutter", clutter);
        return new DateWords(months, weekdays, cues, thisWords, offsets, sinceWords, clutter, related, yearWords,
                corresponding);
    }

    /**
     * The weekday and clutter patterns try only the first letters of words ({@link StartScan.Start#LETTER_WORD}),
     * so a word of theirs that starts otherwise would never be found: refused on loading instead.
     */
    private static void requireLetterFirst(String kind, Set<String> words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                throw new IllegalStateException("lang/*/dates.tsv: a " + kind + " word must start with a letter: '"
                        + w + "'");
            }
        }
    }

    private static List<String> lines(String resource) {
        // a language may need nothing beyond the JDK's data
        return ResourceTable.find(DateWords.class, resource)
                .map(table -> table.lines().stream().map(String::strip).toList()).orElse(List.of());
    }
}
