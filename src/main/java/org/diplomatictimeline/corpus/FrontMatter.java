package org.diplomatictimeline.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter block that note-taking tools put at the top of Markdown files ("---", "title: ...",
 * "date: 2020-05-06", "---"); only the title and date are read, and the text is left as it is.
 *
 * @param title     the declared title, or null
 * @param date      the declared date as "YYYY-MM-DD" or "YYYY-MM", or null
 * @param rawDate   the date as written, or null when there is none
 * @param bodyStart offset of the first non-blank character after the block
 */
record FrontMatter(String title, String date, String rawDate, int bodyStart) {

    private static final Pattern OPEN = Pattern.compile("\\A---[ \\t]*\\r?\\n");
    private static final Pattern CLOSE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z_-]+)[ \\t]*:[ \\t]*(.*?)[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:[T ].*)?");
    /** Front matter is short; a "---" further down is a Markdown rule, not the end of a block. */
    private static final int MAX_LENGTH = 8192;

    static Optional<FrontMatter> find(String text) {
        Matcher open = OPEN.matcher(text);
        if (!open.lookingAt()) {
            return Optional.empty();
        }
        Matcher close = CLOSE.matcher(text);
        close.region(open.end(), Math.min(text.length(), MAX_LENGTH));
        if (!close.find()) {
            return Optional.empty();
        }
        String block = text.substring(open.end(), close.start());
        String title = null;
        String rawDate = null;
        Matcher entry = ENTRY.matcher(block);
        while (entry.find()) {
            String key = entry.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(entry.group(2));
            if (key.equals("title") && title == null && !value.isEmpty()) {
                title = value;
            } else if ((key.equals("date") || key.equals("published")) && rawDate == null && !value.isEmpty()) {
                rawDate = value;
            }
        }
        int body = close.end();
        while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
            body++;
        }
        return Optional.of(new FrontMatter(title, rawDate == null ? null : parseDate(rawDate), rawDate, body));
    }

    private static String parseDate(String raw) {
        Matcher m = ISO.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return m.group(3) == null ? YearMonth.of(year, month).toString()
                    : LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
