package org.diplomatictimeline.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional inline date line that opens a corpus file, " date 2019-06-05 There are ...": a leading space, the
 * word {@code date}, a {@code YYYY-MM-DD} or {@code YYYY-MM} value, then the article on the same line.
 *
 * <p>Only offsets are computed; the text itself is never changed, so evidence offsets stay valid.
 *
 * @param value     the date, "2019-06-05" or "2019-06"; null when the line was there but its date is not valid
 * @param raw       the date as written
 * @param bodyStart offset of the first character of the article after the line
 * @param warning   why the date was not accepted; null when it was
 */
public record HeaderDateLine(String value, String raw, int bodyStart, String warning) {

    /*
     * Tolerant of what hand-made files do (no leading space, a tab, "Date:", a line break after the date) but
     * strict about the value, which must be a real calendar date.
     */
    private static final Pattern LINE = Pattern.compile(
            "\\A[ \\t\\u00A0]*date[ \\t]*:?[ \\t]+(\\d[\\d./-]*\\d)(?=\\s|\\z)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The date line at the start of the text, if the text has one. */
    public static Optional<HeaderDateLine> find(String text) {
        return find(text, 0);
    }

    /** The date line starting at {@code from} (after a front matter block, say), if there is one. */
    public static Optional<HeaderDateLine> find(String text, int from) {
        Matcher m = LINE.matcher(text);
        m.region(from, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String raw = m.group(1);
        int body = m.end();
        while (body < text.length() && Character.isWhitespace(text.charAt(body))) {
            body++;
        }
        String value = validate(raw);
        String warning = value != null ? null
                : "the date line says '" + raw + "', which is not a valid YYYY-MM-DD or YYYY-MM date;"
                        + " the document is read without a header date";
        return Optional.of(new HeaderDateLine(value, raw, body, warning));
    }

    /** True when the line carried a valid date. */
    public boolean isValid() {
        return value != null;
    }

    private static String validate(String raw) {
        try {
            if (DAY.matcher(raw).matches()) {
                return LocalDate.parse(raw).toString();
            }
            if (MONTH.matcher(raw).matches()) {
                return YearMonth.parse(raw).toString();
            }
        } catch (DateTimeException e) {
            // Falls through: a date-shaped value that names no real day (2019-13-45).
        }
        return null;
    }
}
