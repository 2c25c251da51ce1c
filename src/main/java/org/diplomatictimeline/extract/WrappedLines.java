package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The soft line breaks of a hard-wrapped text: wire copy broken at a fixed width ("President Barack Obama\nwill
 * visit Myanmar"), where a line break inside a paragraph is no paragraph's end and a sentence runs on over it.
 * A text is read as wrapped when most of its lines fill one narrow width; a line that fills it runs on into the
 * next, unless either is a list item. A text of one paragraph a line is left as it is.
 */
final class WrappedLines {

    /** The widest a wrapped text's lines are (wire copy wraps at 60 to 80 characters). */
    private static final int MAX_WIDTH = 100;
    /** The narrowest width read as wrapping (shorter lines are headings, menus, lists). */
    private static final int MIN_WIDTH = 45;
    /** A line this share of the width or more is full: it was broken by the width, not by the writer. */
    private static final double FULL = 0.75;
    /** The fewest full lines that make a text wrapped. */
    private static final int MIN_FULL_LINES = 8;

    private final String text;
    private final int fullLength;

    private WrappedLines(String text, int fullLength) {
        this.text = text;
        this.fullLength = fullLength;
    }

    /** The wrapping of {@code text[from, to)}; a text that is not wrapped has no soft breaks. */
    static WrappedLines of(String text, int from, int to) {
        List<Integer> lengths = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineEnd(text, lineStart, to);
            int length = text.substring(lineStart, lineEnd).strip().length();
            if (length > 0) {
                lengths.add(length);
            }
            lineStart = lineEnd + 1;
        }
        if (lengths.size() < MIN_FULL_LINES) {
            return new WrappedLines(text, Integer.MAX_VALUE);
        }
        List<Integer> sorted = lengths.stream().sorted().toList();
        int width = sorted.get((int) Math.floor(0.9 * (sorted.size() - 1)));
        int full = (int) Math.ceil(FULL * width);
        long fullLines = lengths.stream().filter(n -> n >= full && n <= MAX_WIDTH).count();
        boolean wrapped = width >= MIN_WIDTH && width <= MAX_WIDTH && fullLines >= MIN_FULL_LINES
                && fullLines * 2 >= lengths.size();
        return new WrappedLines(text, wrapped ? full : Integer.MAX_VALUE);
    }

    /** The end of the line starting at {@code lineStart}: its line break, or {@code to}. */
    static int lineEnd(String text, int lineStart, int to) {
        int lineEnd = text.indexOf('\n', lineStart);
        return lineEnd < 0 || lineEnd > to ? to : lineEnd;
    }

    /**
     * Whether the line {@code text[lineStart, lineEnd)} runs on over its line break into the next line, which
     * ends before {@code to}.
     */
    boolean runsOn(int lineStart, int lineEnd, int to) {
        if (fullLength == Integer.MAX_VALUE || lineEnd >= to) {
            return false;
        }
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.length() < fullLength || line.length() > MAX_WIDTH) {
            return false;
        }
        String next = text.substring(lineEnd + 1, lineEnd(text, lineEnd + 1, to)).strip();
        if (next.isEmpty()) {
            return false;
        }
        return !listItem(line) && !listItem(next);
    }

    /** A list item, a heading or a table row of markdown: a line of its own in any text. */
    private static boolean listItem(String line) {
        char first = line.charAt(0);
        return first == '*' || first == '•' || first == '-' || first == '#' || first == '|';
    }
}
