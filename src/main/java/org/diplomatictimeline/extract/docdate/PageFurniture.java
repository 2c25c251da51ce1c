package org.diplomatictimeline.extract.docdate;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the lines of a page that are furniture rather than the article, so their dates never date it: copyright,
 * cookie and legal lines, and the teasers of a related-articles list ("Related", "Read also: ...", "Lire aussi").
 * The words are each language's {@code clutter} and {@code related} rows of {@code lang/<code>/dates.tsv}.
 */
public final class PageFurniture {

    /** Teasers are short lines; the first longer paragraph is prose again and ends a list. */
    private static final int MAX_TEASER_LINE = 140;
    /** The copyright sign needs no language. */
    private static final Pattern COPYRIGHT_SIGN = Pattern.compile("(?i)©|\\(c\\)");

    private final Pattern clutter;
    private final Pattern relatedHeading;
    private final FirstLetters clutterStarts;

    /** Furniture as the words of {@code words} name it. */
    public PageFurniture(DateWords words) {
        int flags = StartScan.FLAGS;
        this.clutterStarts = words.clutterStarts();
        // every clutter word starts with a letter (DateWords checks on loading): only word starts are tried
        this.clutter = Pattern.compile("(?<!\\p{L})(?=\\p{L})(?:" + words.clutterAlternation() + ")(?!\\p{L})",
                flags);
        this.relatedHeading = Pattern.compile("^\\W*(?:" + words.relatedAlternation() + ")(?!\\p{L})\\W*", flags);
    }

    /** True for a line whose dates belong to the page, not the article: copyright, cookies, legal notices. */
    public boolean isClutter(String line) {
        // The clutter pattern opens with (?<!\p{L})(?=\p{L}): tried only where a word starts, as find would match.
        return COPYRIGHT_SIGN.matcher(line).find()
                || new StartScan(clutter, line, 0, line.length(), StartScan.Start.LETTER_WORD,
                clutterStarts).find();
    }

    /** The furniture lines of {@code text} from {@code from} on, to ask whether a date sits in one. */
    public Lines lines(String text, int from) {
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        Walk walk = walk();
        int lineStart = Math.min(from, text.length());
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (walk.skips(text.substring(lineStart, lineEnd))) {
                spans.put(lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return new Lines(spans);
    }

    /** The spans of a page's furniture lines, by start offset. */
    public record Lines(NavigableMap<Integer, Integer> spans) {
        /** True when {@code offset} lies on a furniture line. */
        public boolean covers(int offset) {
            Map.Entry<Integer, Integer> e = spans.floorEntry(offset);
            return e != null && offset < e.getValue();
        }

        /** True when the line starting at {@code lineStart} is a furniture line. */
        public boolean startsAt(int lineStart) {
            return spans.containsKey(lineStart);
        }
    }

    /** A reader of one page's lines, top to bottom, that remembers whether it is inside a related list. */
    public Walk walk() {
        return new Walk();
    }

    /** One pass over a page's lines in order. */
    public final class Walk {
        private boolean inRelatedList;

        private Walk() {
        }

        /** True when {@code line}, the next line of the page, is furniture; blank lines leave the state alone. */
        public boolean skips(String line) {
            if (line.isBlank()) {
                return false;
            }
            Matcher heading = relatedHeading.matcher(line);
            if (heading.lookingAt()) { // anchored at ^: find could match only at the line's start
                // "Related" alone opens a list of teasers; "Read also: <title>, March 2" is one teaser
                inRelatedList = inRelatedList || heading.end() == line.length();
                return true;
            }
            if (inRelatedList) {
                inRelatedList = line.strip().length() <= MAX_TEASER_LINE;
                if (inRelatedList) {
                    return true;
                }
            }
            return isClutter(line);
        }
    }
}
