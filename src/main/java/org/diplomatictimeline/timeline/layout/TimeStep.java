package org.diplomatictimeline.timeline.layout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One candidate spacing of axis ticks, from hours to centuries, with how its ticks align and are labelled. */
public enum TimeStep {
    HOUR(Unit.HOUR, 1, "00:00"),
    HOURS_3(Unit.HOUR, 3, "00:00"),
    HOURS_6(Unit.HOUR, 6, "00:00"),
    HOURS_12(Unit.HOUR, 12, "00:00"),
    DAY(Unit.DAY, 1, "30"),
    WEEK(Unit.WEEK, 1, "30 Sep"),
    MONTH(Unit.MONTH, 1, "Sep"),
    QUARTER(Unit.MONTH, 3, "Q4"),
    HALF_YEAR(Unit.MONTH, 6, "H2"),
    YEAR(Unit.YEAR, 1, "2019"),
    YEARS_2(Unit.YEAR, 2, "2019"),
    YEARS_5(Unit.YEAR, 5, "2019"),
    DECADE(Unit.YEAR, 10, "2010s"),
    DECADES_2(Unit.YEAR, 20, "2019"),
    DECADES_5(Unit.YEAR, 50, "2019"),
    CENTURY(Unit.YEAR, 100, "1900s");

    private enum Unit { HOUR, DAY, WEEK, MONTH, YEAR }

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    /** Epoch day of Monday 1970-01-05, so weeks start on Mondays. */
    private static final long FIRST_MONDAY = 4;

    private final Unit unit;
    private final int multiple;
    private final String widestLabel;

    TimeStep(Unit unit, int multiple, String widestLabel) {
        this.unit = unit;
        this.multiple = multiple;
        this.widestLabel = widestLabel;
    }

    /** The shortest distance between two ticks of this step, in days (months count as 28 days, years as 365). */
    public double minDays() {
        return switch (unit) {
            case HOUR -> multiple / 24.0;
            case DAY -> multiple;
            case WEEK -> 7 * multiple;
            case MONTH -> 28.0 * multiple;
            case YEAR -> 365.0 * multiple;
        };
    }

    /** A label at least as wide as any this step draws, for choosing a step that fits. */
    public String widestLabel() {
        return widestLabel;
    }

    /** The coarser step whose ticks are drawn as major ticks with context labels, or null at the top. */
    public TimeStep major() {
        return switch (this) {
            case HOUR, HOURS_3, HOURS_6, HOURS_12 -> DAY;
            case DAY, WEEK -> MONTH;
            case MONTH, QUARTER, HALF_YEAR -> YEAR;
            case YEAR, YEARS_2, YEARS_5 -> DECADE;
            case DECADE, DECADES_2, DECADES_5 -> CENTURY;
            case CENTURY -> null;
        };
    }

    /** The tick at or before {@code day}. */
    public double floor(double day) {
        switch (unit) {
            case HOUR:
                return Math.floor(day * 24 / multiple) * multiple / 24.0;
            case DAY:
                return Math.floor(day / multiple) * multiple;
            case WEEK:
                return Math.floor((day - FIRST_MONDAY) / 7) * 7 + FIRST_MONDAY;
            case MONTH: {
                LocalDate d = LocalDate.ofEpochDay((long) Math.floor(day));
                long months = Math.floorDiv(d.getYear() * 12L + d.getMonthValue() - 1, multiple) * multiple;
                return LocalDate.of((int) Math.floorDiv(months, 12), (int) Math.floorMod(months, 12) + 1, 1)
                        .toEpochDay();
            }
            default: {
                LocalDate d = LocalDate.ofEpochDay((long) Math.floor(day));
                return LocalDate.of(Math.floorDiv(d.getYear(), multiple) * multiple, 1, 1).toEpochDay();
            }
        }
    }

    /** The tick after {@code tick} (which must be a tick of this step). */
    public double next(double tick) {
        return switch (unit) {
            case HOUR -> tick + multiple / 24.0;
            case DAY -> tick + multiple;
            case WEEK -> tick + 7;
            case MONTH -> LocalDate.ofEpochDay(Math.round(tick)).plusMonths(multiple).toEpochDay();
            case YEAR -> LocalDate.ofEpochDay(Math.round(tick)).plusYears(multiple).toEpochDay();
        };
    }

    /** The label of a minor tick of this step. */
    public String label(double tick) {
        LocalDate d = LocalDate.ofEpochDay((long) Math.floor(tick + 1e-9));
        return switch (this) {
            case HOUR, HOURS_3, HOURS_6, HOURS_12 -> {
                long hour = Math.round((tick - Math.floor(tick + 1e-9)) * 24) % 24;
                yield String.format(Locale.ROOT, "%02d:00", hour);
            }
            case DAY -> Integer.toString(d.getDayOfMonth());
            case WEEK -> DAY_MONTH.format(d);
            case MONTH -> SHORT_MONTH.format(d);
            case QUARTER -> "Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> "H" + ((d.getMonthValue() - 1) / 6 + 1);
            case DECADE, CENTURY -> d.getYear() + "s";
            default -> Integer.toString(d.getYear());
        };
    }

    /** The label of a major tick of this step: enough context to read the minor labels under it. */
    public String contextLabel(double tick) {
        LocalDate d = LocalDate.ofEpochDay((long) Math.floor(tick + 1e-9));
        return switch (this) {
            case DAY -> FULL_DAY.format(d);
            case MONTH -> MONTH_YEAR.format(d);
            default -> label(tick);
        };
    }
}
