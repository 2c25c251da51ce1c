package org.diplomatictimeline.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;

/**
 * A tagged expression as a date people read and the model understands: a day, a month, a year, or a range of those.
 *
 * <p>TIMEX3 internals never leave the temporal layer: a season or a quarter becomes a range of months ("2023-SP" is
 * 2023-03 to 2023-05), a week a range of days (Monday to Sunday, a weekend Saturday to Sunday), a part of day or a
 * clock time stays on its day ("2019-05-13TMO" is 2019-05-13), a decade or a century becomes a range of years but
 * only when the text itself names a decade or century ("the 1990s", "the last decade"); a bare number never does.
 * Values with no calendar position (PRESENT_REF, durations, unknown years) give {@link Optional#empty()}.
 *
 * @param value     the start as a day, month or year value ("2019-06-03", "2019-06", "2019")
 * @param endValue  the end at the same precision for a range, else null
 * @param precision the precision of value and endValue (DAY, MONTH or YEAR)
 * @param span      the inclusive days covered
 */
public record DisplayableDate(String value, String endValue, DatePrecision precision, DateSpan span) {

    public DisplayableDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(span, "span");
        if (precision != DatePrecision.DAY && precision != DatePrecision.MONTH && precision != DatePrecision.YEAR) {
            throw new IllegalArgumentException("a displayable date is a day, month or year, not " + precision);
        }
        if (value.equals(endValue)) {
            endValue = null;
        }
    }

    /** True when the date covers several days, months or years. */
    public boolean isRange() {
        return endValue != null;
    }

    /**
     * The displayable date of a tagged expression, joining its end value for a range written as one expression
     * ("from 12 to 14 May", "spring to autumn 2019"); the text decides whether a decade or century value may stand.
     */
    public static Optional<DisplayableDate> of(Timex timex) {
        Optional<DisplayableDate> start = of(timex.value(), timex.text());
        if (start.isEmpty() || timex.endValue() == null) {
            return start;
        }
        Optional<DisplayableDate> end = of(timex.endValue(), timex.text());
        if (end.isEmpty() || end.get().span().last().isBefore(start.get().span().first())) {
            return start;
        }
        DisplayableDate a = start.get();
        DisplayableDate b = end.get();
        DatePrecision p = a.precision().isFinerOrEqual(b.precision()) ? b.precision() : a.precision();
        // Both ends are written at the coarser of the two precisions, so "2019-05 to 2019" cannot mix forms.
        return Optional.of(new DisplayableDate(at(a.span().first(), p), at(b.span().last(), p), p,
                a.span().union(b.span())));
    }

    /**
     * The displayable date of one TIMEX3 value; {@code text} is the expression it was read from (a decade or
     * century value stands only when the text names one), or null when the value is known to be meant as written.
     */
    public static Optional<DisplayableDate> of(String value, String text) {
        Optional<TimexValue> parsed = TimexValue.parse(value);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        TimexValue tv = parsed.get();
        DateSpan span = tv.span();
        switch (tv.precision()) {
            case DAY, MONTH, YEAR -> {
                return Optional.of(new DisplayableDate(at(span.first(), tv.precision()), null, tv.precision(), span));
            }
            case WEEK -> {
                return Optional.of(range(span, DatePrecision.DAY));
            }
            case SEASON, QUARTER, HALF_YEAR -> {
                return Optional.of(range(span, DatePrecision.MONTH));
            }
            case DECADE, CENTURY -> {
                if (text != null && !namesPeriodOfYears(text)) {
                    return Optional.empty();
                }
                return Optional.of(range(span, DatePrecision.YEAR));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * The one month or year (or, when the days cross into the next, the range of them) that holds every day of a
     * span: the date of something on an unknown day of it ("some day of 18 to 21 October" is 2016-10).
     */
    public static DisplayableDate holding(DateSpan span, DatePrecision unit) {
        if (unit != DatePrecision.MONTH && unit != DatePrecision.YEAR) {
            throw new IllegalArgumentException("a span is held by a month or a year, not " + unit);
        }
        String first = at(span.first(), unit);
        String last = at(span.last(), unit);
        return new DisplayableDate(first, last, unit, span);
    }

    private static DisplayableDate range(DateSpan span, DatePrecision p) {
        return new DisplayableDate(at(span.first(), p), at(span.last(), p), p, span);
    }

    private static String at(LocalDate d, DatePrecision p) {
        return switch (p) {
            case DAY -> d.toString();
            case MONTH -> d.toString().substring(0, 7);
            default -> year(d.getYear());
        };
    }

    /** The year as {@code %04d} writes it in the default locale: four digits, zeros first; built by hand, since a
     *  Formatter per event date was a noticeable share of extraction. Years outside 0-9999 keep the Formatter. */
    private static String year(int y) {
        if (y < 0 || y > 9999) {
            return String.format("%04d", y);
        }
        String digits = Integer.toString(y);
        return "0000".substring(digits.length()) + digits;
    }

    /**
     * True when the text names a decade or century: a round number with a plural ending ("1990s", "'90s", "90er",
     * "1990-х") or a word of the languages' time data for decade or century.
     */
    static boolean namesPeriodOfYears(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i - 1) == '0' && i >= 2 && Character.isDigit(text.charAt(i - 2))) {
                int k = i;
                if (k < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '’' || text.charAt(k) == '-')) {
                    k++;
                }
                if (k < text.length() && Character.isLetter(text.charAt(k))) {
                    return true;
                }
            }
        }
        return TimeLexicon.get().namesPeriodOfYears(text);
    }
}
