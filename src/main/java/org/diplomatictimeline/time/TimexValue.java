package org.diplomatictimeline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;

/**
 * A TIMEX3 date value read back into a precision and the calendar days it covers.
 *
 * <p>Understood: days ("2019-06-05", with any time suffix such as "T17:52" or "TMO"), months, years, ISO weeks
 * ("2019-W23", weekends "2019-W23-WE", week days "2019-W23-3"), seasons ("2019-SU"; winter runs from December into
 * the next year), quarters ("2019-Q2"), halves ("2019-H1"), decades ("201X" or "201") and centuries ("19" = 1900-1999).
 * Values that do not name a calendar position — PRESENT_REF, PAST_REF, FUTURE_REF, durations such as "P2D", sets,
 * and anything with an unknown "X" digit other than a decade's — give {@link Optional#empty()}.
 *
 * @param value     the TIMEX3 value as given
 * @param precision how finely it is known
 * @param span      the inclusive days it covers
 */
public record TimexValue(String value, DatePrecision precision, DateSpan span) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(WE|[1-7]))?(T.*)?");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})(?:XX)?");
    /** Values repeat (every date is read again in dating, merging and export): each is read once, up to a bound. */
    private static final Map<String, Optional<TimexValue>> READ = new ConcurrentHashMap<>();
    private static final int MAX_READ = 8192;

    public TimexValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(span, "span");
    }

    /** Reads a TIMEX3 value; empty when it does not name a calendar position (see the type's description). */
    public static Optional<TimexValue> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Optional<TimexValue> known = READ.get(v);
        if (known == null) {
            if (READ.size() >= MAX_READ) {
                READ.clear();
            }
            known = readOrEmpty(v);
            READ.put(v, known);
        }
        return known;
    }

    private static Optional<TimexValue> readOrEmpty(String v) {
        try {
            return Optional.ofNullable(read(v));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The calendar position of a tagged expression: its value, widened to its end value for a range written as one
     * expression ("June 5-7" covers 5..7 June at day precision). Empty when the value is not a calendar position.
     */
    public static Optional<TimexValue> of(Timex timex) {
        Optional<TimexValue> start = parse(timex.value());
        if (start.isEmpty() || timex.endValue() == null) {
            return start;
        }
        Optional<TimexValue> end = parse(timex.endValue());
        if (end.isEmpty() || end.get().span().last().isBefore(start.get().span().first())) {
            return start;
        }
        TimexValue s = start.get();
        return Optional.of(new TimexValue(s.value(), s.precision(), s.span().union(end.get().span())));
    }

    private static TimexValue read(String v) {
        Matcher m = DAY.matcher(v);
        if (m.matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new TimexValue(v, DatePrecision.DAY, DateSpan.ofDay(d));
        }
        if ((m = MONTH.matcher(v)).matches()) {
            LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
            return new TimexValue(v, DatePrecision.MONTH, new DateSpan(first, first.plusMonths(1).minusDays(1)));
        }
        if ((m = YEAR.matcher(v)).matches()) {
            int y = num(m, 1);
            return new TimexValue(v, DatePrecision.YEAR, new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        }
        if ((m = WEEK.matcher(v)).matches()) {
            return week(v, num(m, 1), num(m, 2), m.group(3));
        }
        if ((m = PART.matcher(v)).matches()) {
            return part(v, num(m, 1), m.group(2));
        }
        if ((m = DECADE.matcher(v)).matches()) {
            int start = num(m, 1) * 10;
            return new TimexValue(v, DatePrecision.DECADE,
                    new DateSpan(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31)));
        }
        if ((m = CENTURY.matcher(v)).matches()) {
            int start = num(m, 1) * 100;
            return new TimexValue(v, DatePrecision.CENTURY,
                    new DateSpan(LocalDate.of(start, 1, 1), LocalDate.of(start + 99, 12, 31)));
        }
        return null;
    }

    private static TimexValue week(String v, int year, int week, String day) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return null;
        }
        LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (day == null) {
            return new TimexValue(v, DatePrecision.WEEK, new DateSpan(monday, monday.plusDays(6)));
        }
        if (day.equals("WE")) {
            return new TimexValue(v, DatePrecision.WEEK, new DateSpan(monday.plusDays(5), monday.plusDays(6)));
        }
        return new TimexValue(v, DatePrecision.DAY, DateSpan.ofDay(monday.plusDays(Integer.parseInt(day) - 1L)));
    }

    private static TimexValue part(String v, int year, String code) {
        switch (code) {
            case "SP":
                return season(v, LocalDate.of(year, 3, 1));
            case "SU":
                return season(v, LocalDate.of(year, 6, 1));
            case "FA":
                return season(v, LocalDate.of(year, 9, 1));
            case "WI":
                return season(v, LocalDate.of(year, 12, 1));
            default:
                int n = code.charAt(1) - '0';
                int months = code.charAt(0) == 'Q' ? 3 : 6;
                LocalDate first = LocalDate.of(year, 1 + (n - 1) * months, 1);
                return new TimexValue(v, code.charAt(0) == 'Q' ? DatePrecision.QUARTER : DatePrecision.HALF_YEAR,
                        new DateSpan(first, first.plusMonths(months).minusDays(1)));
        }
    }

    private static TimexValue season(String v, LocalDate first) {
        return new TimexValue(v, DatePrecision.SEASON, new DateSpan(first, first.plusMonths(3).minusDays(1)));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
