package org.diplomatictimeline.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.table.ResourceTable;

/**
 * Chooses a document's title: its first line when that reads like a heading (short, not ending like a sentence),
 * a Markdown heading, or else its first sentence. Page furniture above the headline is passed over: navigation and
 * widget lines ({@code page-furniture.txt}), breadcrumbs, lone words, date lines, bylines, separators.
 */
public final class TitleFinder {

    static final int MAX_TITLE = 150;
    private static final int MAX_HEADING_WORDS = 20;
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*");
    /** Words after which a period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "prof", "rep", "sen", "gov",
            "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "approx", "dept", "est", "fig");

    /** How many lines at the top may be furniture before the search for a headline gives up. */
    private static final int FURNITURE_LINES = 12;
    /** A repeated caption ("President X") is not a headline; a repeated headline says what happened. */
    private static final int MIN_REPEATED_WORDS = 5;
    private static final Set<String> FURNITURE = furniture();
    /** Four digits (a year, a day and month), a clock time, or a day beside an English month or weekday name. */
    private static final Pattern STAMP = Pattern.compile("(?:\\d\\D*){4}|\\d:\\d\\d|\\d\\s+(?:jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB = Pattern.compile("^\\S+\\s*>|https?://|^\\W*(?:written\\s+)?by\\s",
            Pattern.CASE_INSENSITIVE);

    /** The title of a text whose article starts at {@code bodyStart}; "" when the text has none. */
    public String find(String text, int bodyStart, DocumentFormat format) {
        return findFrom(text, skipFurniture(text, bodyStart), format);
    }

    /** Where the first line that is not page furniture starts; {@code bodyStart} when none is found near the top. */
    static int skipFurniture(String text, int bodyStart) {
        int repeated = repeatedHeadline(text, bodyStart);
        if (repeated >= 0) {
            return repeated;
        }
        int start = bodyStart;
        for (int seen = 0; seen < FURNITURE_LINES && start < text.length(); ) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                // words counted without a bullet or dash before them: "• Anna Berg" is a two-word byline
                if (!isFurniture(line) && !(trimmed(line).split("\\s+").length <= 2 && headingFollows(text, end + 1))) {
                    return start;
                }
                seen++;
            }
            start = end + 1;
        }
        return bodyStart;
    }

    /**
     * True when the next line that is not furniture reads like a headline of three words or more: a one- or
     * two-word line above it ("Politics", a site's name) is then a section or banner, not the title.
     */
    private static boolean headingFollows(String text, int from) {
        int start = from;
        for (int seen = 0; seen < FURNITURE_LINES && start < text.length(); ) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (!isFurniture(line) && line.split("\\s+").length > 2) {
                    return looksLikeHeading(line);
                }
                seen++;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * Where a headline the page prints twice near its top starts (the page title, then the article's heading), or
     * -1: a site's banner above them is then passed over too.
     */
    private static int repeatedHeadline(String text, int bodyStart) {
        Map<String, Integer> seen = new HashMap<>();
        int start = bodyStart;
        for (int lines = 0; lines < FURNITURE_LINES && start < text.length(); ) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines++;
                String key = line.toLowerCase(Locale.ROOT);
                if (seen.containsKey(key) && looksLikeHeading(line) && !isFurniture(line)
                        && line.split("\\s+").length >= MIN_REPEATED_WORDS) {
                    return seen.get(key);
                }
                seen.putIfAbsent(key, start + text.substring(start, end).indexOf(line.charAt(0)));
            }
            start = end + 1;
        }
        return -1;
    }

    static boolean isFurniture(String line) {
        String bare = trimmed(line).toLowerCase(Locale.ROOT);
        if (bare.isEmpty() || line.codePoints().noneMatch(Character::isLetter) || FURNITURE.contains(bare)) {
            return true;
        }
        String[] words = bare.split("\\s+");
        // A short line with a date or a time is a stamp.
        return words.length <= 4 && line.length() <= 40 && STAMP.matcher(line).find()
                || BREADCRUMB.matcher(line).find();
    }

    /**
     * The line without leading punctuation, symbols and spaces and without trailing punctuation and spaces. A loop,
     * not a regular expression: an alternation anchored at the end backtracks quadratically over a long run of
     * punctuation (a fuzzed 72 KB line of colons took 12 s).
     */
    static String trimmed(String line) {
        int from = 0;
        int to = line.length();
        while (from < to) {
            int cp = line.codePointAt(from);
            if (!isPunctuation(cp) && !isSymbol(cp) && !Character.isWhitespace(cp)) {
                break;
            }
            from += Character.charCount(cp);
        }
        while (to > from) {
            int cp = line.codePointBefore(to);
            if (!isPunctuation(cp) && !Character.isWhitespace(cp)) {
                break;
            }
            to -= Character.charCount(cp);
        }
        return line.substring(from, to);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int cp) {
        return switch (Character.getType(cp)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
                    true;
            default -> false;
        };
    }

    private static Set<String> furniture() {
        return ResourceTable.read(TitleFinder.class, "page-furniture.txt").lines().stream().map(String::strip)
                .collect(Collectors.toSet());
    }

    private String findFrom(String text, int bodyStart, DocumentFormat format) {
        int start = bodyStart;
        // Skip blank lines to the first line with something on it.
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            return "";
        }
        int end = lineEnd(text, start);
        String line = text.substring(start, end).strip();
        if (format == DocumentFormat.MARKDOWN) {
            Matcher heading = MARKDOWN_HEADING.matcher(line);
            if (heading.matches() && !heading.group(1).isBlank()) {
                return shorten(stripMarkdown(heading.group(1)));
            }
        }
        if (looksLikeHeading(line)) {
            return shorten(format == DocumentFormat.MARKDOWN ? stripMarkdown(line) : line);
        }
        return shorten(firstSentence(line));
    }

    static boolean looksLikeHeading(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE || line.split("\\s+").length > MAX_HEADING_WORDS) {
            return false;
        }
        if (line.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        // A closing quote or bracket after the final period still ends a sentence.
        int i = line.length() - 1;
        while (i > 0 && "\"'\u201D\u2019)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return ".,;:".indexOf(line.charAt(i)) < 0;
    }

    static String firstSentence(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int after = i + 1;
            while (after < line.length() && "\"'\u201D\u2019)".indexOf(line.charAt(after)) >= 0) {
                after++;
            }
            boolean atBoundary = after == line.length() || Character.isWhitespace(line.charAt(after));
            if (!atBoundary || (c == '.' && isAbbreviation(line, i))) {
                continue;
            }
            // The period is dropped (a title is not a sentence); "?" and "!" carry meaning and stay.
            return c == '.' ? line.substring(0, i) + line.substring(i + 1, after) : line.substring(0, after);
        }
        return line;
    }

    private static boolean isAbbreviation(String line, int period) {
        int w = period;
        while (w > 0 && (Character.isLetter(line.charAt(w - 1)) || line.charAt(w - 1) == '.')) {
            w--;
        }
        String word = line.substring(w, period).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    static String shorten(String title) {
        String t = title.strip();
        if (t.length() <= MAX_TITLE) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_TITLE - 1);
        return t.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).stripTrailing() + "\u2026";
    }

    private static String stripMarkdown(String s) {
        return s.replaceAll("[*_`]+", "").strip();
    }

    private static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }
}
