package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.table.ResourceTable;

/**
 * Works out the year of "the Nth anniversary of X" from a knowledge file of founding dates (diplomatic relations
 * between two countries, organisations, treaties, historic events).
 */
public final class AnniversaryResolver {

    /** A founding date the app knows. */
    public record Founding(String kind, String key, LocalDate date, String label, List<String> aliases) {

        public Founding {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A resolved anniversary.
     *
     * @param ordinal  N of "Nth anniversary", 0 when the text gives none
     * @param founding what is commemorated, when known
     */
    public record Anniversary(int ordinal, Optional<Founding> founding, String subject) {

        /** The year the anniversary falls in, when both the ordinal and the founding are known. */
        public Optional<Integer> year() {
            return ordinal > 0 && founding.isPresent()
                    ? Optional.of(founding.get().date().getYear() + ordinal) : Optional.empty();
        }

        /** "70th anniversary of China–Russia diplomatic relations". */
        public String title() {
            String what = founding.map(Founding::label).orElse(subject);
            return (ordinal > 0 ? ordinalWord(ordinal) + " anniversary" : "Anniversary") + (what.isBlank() ? ""
                    : " of " + what);
        }
    }

    /** An article opening what an anniversary commemorates ("the"): SUBJECT_ARTICLE rows of dating.tsv. */
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^(?:"
            + LanguageFolders.alternation("dating.tsv", "SUBJECT_ARTICLE") + ") ");
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)\\W*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A count written right before the anniversary word, with a hyphen or one space: Russian "25-летие", Spanish
     * "el 30 aniversario" (a cardinal where English writes an ordinal).
     */
    private static final Pattern COUNT_JUST_BEFORE = Pattern.compile("(?<![\\d.,:/])(\\d{1,3})(?:-| )$");
    /** Words for the relations between two countries ("relations", "diplomatic ties"): RELATIONS rows. */
    private static final Pattern RELATIONS = Pattern.compile("(?U)\\b(?:"
            + LanguageFolders.alternation("dating.tsv", "RELATIONS") + ")\\b");
    /** The word after an anniversary noun that opens what it commemorates ("of"): SUBJECT_OF rows. */
    private static final Set<String> SUBJECT_OF = LanguageFolders.withWordsOfKind("dating.tsv", "SUBJECT_OF");
    /** Words that end what an anniversary commemorates (" which ", " in the "): SUBJECT_END rows, '+' a space. */
    private static final List<String> SUBJECT_ENDS = LanguageFolders.withWordsOfKind("dating.tsv", "SUBJECT_END")
            .stream().sorted().map(w -> " " + w.replace('+', ' ') + " ").toList();

    private final List<Founding> foundings;

    AnniversaryResolver(List<Founding> foundings) {
        this.foundings = List.copyOf(foundings);
    }

    /** The resolver with the knowledge file shipped in the jar. */
    public static AnniversaryResolver standard() {
        List<Founding> list = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.read(AnniversaryResolver.class, "anniversaries.tsv").rows()) {
            String[] f = row.cells(5);
            List<String> aliases = f[4].equals("-") ? List.of() : List.of(f[4].split("\\|"));
            list.add(new Founding(f[0], f[1], LocalDate.parse(f[2]), f[3], aliases));
        }
        return new AnniversaryResolver(list);
    }

    /**
     * Resolves an anniversary from the words before "anniversary" (the ordinal) and the phrase after it (what is
     * commemorated), given the countries the phrase names.
     */
    public Anniversary resolve(String before, String after, Set<String> countryCodesInPhrase) {
        int ordinal = ordinal(before);
        String phrase = subjectPhrase(after);
        String lower = " " + phrase.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        Optional<Founding> found = Optional.empty();
        if (countryCodesInPhrase.size() == 2 && RELATIONS.matcher(lower).find()) {
            String key = String.join("-", new TreeSet<>(countryCodesInPhrase));
            found = foundings.stream().filter(f -> f.kind().equals("relations") && f.key().equals(key)).findFirst();
        }
        if (found.isEmpty()) {
            found = foundings.stream().filter(f -> !f.kind().equals("relations"))
                    .filter(f -> f.aliases().stream().anyMatch(a -> containsWords(lower, a)))
                    .findFirst();
        }
        return new Anniversary(ordinal, found, LEADING_THE.matcher(phrase).replaceFirst(""));
    }

    /** The founding dates this resolver knows. */
    public List<Founding> foundings() {
        return foundings;
    }

    static int ordinal(String before) {
        String tail = before.length() > 40 ? before.substring(before.length() - 40) : before;
        Matcher m = NUMERIC_ORDINAL.matcher(tail.strip());
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        // Every language's ordinals ("75°", "75esimo", "75e", "75.", "75-й", "seventieth", "quadragésimo"), as their
        // folders' ordinals.tsv write them.
        String t = tail.stripTrailing();
        int numbered = OccasionNumber.of(t, 0, t.length(), t.length(), t.length()).orElse(0);
        if (numbered > 0) {
            return numbered;
        }
        Matcher count = COUNT_JUST_BEFORE.matcher(tail);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private static String subjectPhrase(String after) {
        String s = after.strip();
        int space = s.indexOf(' ');
        if (space < 0 || !SUBJECT_OF.contains(s.substring(0, space).toLowerCase(Locale.ROOT))) {
            return "";
        }
        s = s.substring(space + 1);
        int cut = s.length();
        List<String> stops = new ArrayList<>(List.of(",", ";", "."));
        stops.addAll(SUBJECT_ENDS);
        for (String stop : stops) {
            int k = s.indexOf(stop);
            if (k >= 0 && k < cut) {
                cut = k;
            }
        }
        return s.substring(0, cut).strip();
    }

    private static boolean containsWords(String haystack, String words) {
        int i = haystack.indexOf(words);
        while (i >= 0) {
            boolean left = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
            int end = i + words.length();
            boolean right = end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (left && right) {
                return true;
            }
            i = haystack.indexOf(words, i + 1);
        }
        return false;
    }

    static String ordinalWord(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
