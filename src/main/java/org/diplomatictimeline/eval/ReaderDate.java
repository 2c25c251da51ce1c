package org.diplomatictimeline.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.model.DateSpan;

/**
 * The calendar days a reader's TIMEX3 value covers, and how fine it is, so a finer extracted date inside it counts
 * as right and a coarser one as the wrong precision. Kept here rather than borrowed from the time layer so the
 * scorer does not share the code it judges.
 */
record ReaderDate(DateSpan span, int fineness) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Reads "2021-05-18", "2021-05", "2021-Q2", "2021-H2" or "2021"; anything else is not a reader's date. */
    static Optional<ReaderDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate d = LocalDate.parse(value);
            return Optional.of(new ReaderDate(DateSpan.ofDay(d), 0));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(new ReaderDate(new DateSpan(ym.atDay(1), ym.atEndOfMonth()), 2));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return Optional.of(months(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 3, 3));
        }
        if ((m = HALF.matcher(value)).matches()) {
            return Optional.of(months(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 6, 4));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            int y = Integer.parseInt(value);
            return Optional.of(new ReaderDate(new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), 5));
        }
        return Optional.empty();
    }

    private static ReaderDate months(int year, int firstMonth, int count, int fineness) {
        YearMonth first = YearMonth.of(year, firstMonth);
        YearMonth last = first.plusMonths(count - 1L);
        return new ReaderDate(new DateSpan(first.atDay(1), last.atEndOfMonth()), fineness);
    }

    /** True when every day of {@code other} lies inside this date. */
    boolean covers(DateSpan other) {
        return !other.first().isBefore(span.first()) && !other.last().isAfter(span.last());
    }
}
