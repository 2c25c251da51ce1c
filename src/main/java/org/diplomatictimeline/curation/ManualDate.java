package org.diplomatictimeline.curation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;

/** Builds the date an analyst types in: a day and a precision become a TIMEX3 value and the days it covers. */
public final class ManualDate {

    /** The reason recorded on dates set by hand. */
    public static final String REASON = "set by the analyst";

    private ManualDate() {
    }

    /** The date of the given precision that contains {@code day} (MONTH of 2019-06-05 is "2019-06"). */
    public static EventDate of(LocalDate day, DatePrecision precision) {
        return of(day, precision, DateModifier.NONE);
    }

    /** As {@link #of(LocalDate, DatePrecision)}, with a qualifier such as APPROX. */
    public static EventDate of(LocalDate day, DatePrecision precision, DateModifier modifier) {
        int y = day.getYear();
        String value;
        DateSpan span;
        switch (precision) {
            case DAY -> {
                value = day.toString();
                span = DateSpan.ofDay(day);
            }
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                value = String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                span = new DateSpan(monday, monday.plusDays(6));
            }
            case MONTH -> {
                value = String.format(Locale.ROOT, "%04d-%02d", y, day.getMonthValue());
                span = new DateSpan(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case SEASON -> {
                // Northern meteorological seasons; winter belongs to the year its December falls in.
                int m = day.getMonthValue();
                String[] codes = {"WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"};
                int startMonth = m == 12 || m <= 2 ? 12 : (m - 3) / 3 * 3 + 3;
                int startYear = m <= 2 ? y - 1 : y;
                LocalDate first = LocalDate.of(startYear, startMonth, 1);
                value = String.format(Locale.ROOT, "%04d-%s", startYear, codes[m - 1]);
                span = new DateSpan(first, first.plusMonths(3).minusDays(1));
            }
            case QUARTER -> {
                int q = (day.getMonthValue() - 1) / 3;
                LocalDate first = LocalDate.of(y, q * 3 + 1, 1);
                value = String.format(Locale.ROOT, "%04d-Q%d", y, q + 1);
                span = new DateSpan(first, first.plusMonths(3).minusDays(1));
            }
            case HALF_YEAR -> {
                int h = (day.getMonthValue() - 1) / 6;
                LocalDate first = LocalDate.of(y, h * 6 + 1, 1);
                value = String.format(Locale.ROOT, "%04d-H%d", y, h + 1);
                span = new DateSpan(first, first.plusMonths(6).minusDays(1));
            }
            case YEAR -> {
                value = String.format(Locale.ROOT, "%04d", y);
                span = new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            case DECADE -> {
                int d = Math.floorDiv(y, 10);
                value = String.format(Locale.ROOT, "%03d", d);
                span = new DateSpan(LocalDate.of(d * 10, 1, 1), LocalDate.of(d * 10 + 9, 12, 31));
            }
            case CENTURY -> {
                int c = Math.floorDiv(y, 100);
                value = String.format(Locale.ROOT, "%02d", c);
                span = new DateSpan(LocalDate.of(c * 100, 1, 1), LocalDate.of(c * 100 + 99, 12, 31));
            }
            default -> throw new IllegalArgumentException("unknown precision " + precision);
        }
        return new EventDate(value, null, precision, modifier, DateBasis.STATED, span, REASON);
    }
}
