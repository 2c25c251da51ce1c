package org.diplomatictimeline.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter block that note-taking tools put at the top of Markdown files ("---", "title: ...",
 * "date: 2020-05-06", "---"); the title, the date and the source address are read, and the text is left as it is.
 * A corpus date line right after the block (" date 2019-06-05 ...", as a web clipper keeps it) is the block's date
 * when the block declares none.
 *
 * @param title     the declared title, or null
 * @param date      the declared date as "YYYY-MM-DD" or "YYYY-MM", or null
 * @param rawDate   the date as written, or null when there is none
 * @param source    the address the article was clipped from ({@code source}, {@code url}, {@code link},
 *                  {@code canonical}), or null
 * @param bodyStart offset of the first non-blank character after the block (and after its date line)
 */
public record FrontMatter(String title, String date, String rawDate, String source, int bodyStart) {

    private static final Set<String> SOURCE_KEYS = Set.of("source", "url", "link", "canonical",
            "canonical_url", "original_url", "source_url");

    private static final Pattern OPEN = Pattern.compile("\\A---[ \\t]*\\r?\\n");
    private static final Pattern CLOSE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z_-]+)[ \\t]*:[ \\t]*(.*?)[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:[T ].*)?");
    /** Front matter is short; a "---" further down is a Markdown rule, not the end of a block. */
    private static final int MAX_LENGTH = 8192;

    /** The front matter block that opens {@code text}, if it has one. */
    public static Optional<FrontMatter> find(String text) {
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
        String source = null;
        Matcher entry = ENTRY.matcher(block);
        while (entry.find()) {
            String key = entry.group(1).toLowerCase(Locale.ROOT);
            String value = unquote(entry.group(2));
            if (key.equals("title") && title == null && !value.isEmpty()) {
                title = value;
            } else if ((key.equals("date") || key.equals("published")) && rawDate == null && !value.isEmpty()) {
                rawDate = value;
            } else if (SOURCE_KEYS.contains(key) && source == null && !value.isEmpty()) {
                source = value;
            }
        }
        int body = close.end();
        while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
            body++;
        }
        String date = rawDate == null ? null : parseDate(rawDate);
        if (rawDate == null) {
            Optional<HeaderDateLine> line = HeaderDateLine.find(text, body);
            if (line.isPresent()) {
                rawDate = line.get().raw();
                date = line.get().value();
                body = line.get().bodyStart();
            }
        }
        return Optional.of(new FrontMatter(title, date, rawDate, source, body));
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
