package org.diplomatictimeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar arithmetic that turns partial dates ("May 13", "Thursday", "December", "the fourth quarter") into TIMEX3
 * values against an anchor date and a direction. With no anchor, the unknown parts stay "X".
 */
final class AnchorCalendar {

    private AnchorCalendar() {
    }

    // Padded by hand, not String.format: these run for every date tagged (a profiled hot spot), and the digits must
    // stay ASCII whatever the default locale.
    static String day(LocalDate d) {
        return month(d.getYear(), d.getMonthValue()) + "-" + twoDigits(d.getDayOfMonth());
    }

    static String month(int year, int month) {
        return year(year) + "-" + twoDigits(month);
    }

    static String year(int year) {
        if (year < 0 || year > 9999) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        String digits = Integer.toString(year);
        return "0000".substring(digits.length()) + digits;
    }

    private static String twoDigits(int value) {
        return value >= 0 && value < 10 ? "0" + value : Integer.toString(value);
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A month-day without a year: the past or future occurrence, or the nearest one when the tense says nothing. */
    /** How far behind the anchor a day told in the future may lie and still be this year's. */
    static final int FUTURE_SLACK_DAYS = 14;

    static String monthDay(int month, int dayOfMonth, Direction dir, LocalDate anchor) {
        if (anchor == null) {
            return String.format("XXXX-%02d-%02d", month, dayOfMonth);
        }
        LocalDate best = null;
        LocalDate nearest = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate c = safeDate(y, month, dayOfMonth);
            if (c == null) {
                continue;
            }
            if (nearest == null || distance(c, anchor) < distance(nearest, anchor)) {
                nearest = c;
            }
            if (dir == Direction.PAST && c.isAfter(anchor) || dir == Direction.FUTURE && c.isBefore(anchor)) {
                continue;
            }
            if (best == null || distance(c, anchor) < distance(best, anchor)) {
                best = c;
            }
        }
        // A past-tense clause rarely means "almost a year ago" when the same day is a few weeks ahead: it reports a plan
        // ("Apple announced an event on October 12"), so the near date reads better.
        // Nor does a future-tense clause mean next year for a day just behind the anchor: the anchor may stand for an
        // article known only to its month (its middle day), or the plan is reported a few days late.
        boolean nearBehind = dir == Direction.FUTURE && nearest != null
                && distance(nearest, anchor) <= FUTURE_SLACK_DAYS;
        if (best == null || (dir == Direction.PAST && nearest != null && distance(nearest, anchor) <= 45 || nearBehind)
                && distance(best, anchor) > 183) {
            best = nearest;
        }
        return best == null ? String.format("XXXX-%02d-%02d", month, dayOfMonth) : day(best);
    }

    /** A month without a year, chosen like {@link #monthDay}, compared at month precision. */
    /**
     * A day of a month without a year that a shift word places: -1 the last such day up to the anchor, 1 the next
     * one after it, 0 the one in the anchor's year.
     */
    static String monthDayShifted(int month, int dayOfMonth, int shift, LocalDate anchor) {
        int year = anchor.getYear();
        LocalDate d = safeDate(year, month, dayOfMonth);
        if (shift < 0 && (d == null || d.isAfter(anchor))) {
            d = safeDate(year - 1, month, dayOfMonth);
        } else if (shift > 0 && (d == null || !d.isAfter(anchor))) {
            d = safeDate(year + 1, month, dayOfMonth);
        }
        return d == null ? String.format("XXXX-%02d-%02d", month, dayOfMonth) : day(d);
    }

    static String month(int month, Direction dir, LocalDate anchor) {
        if (anchor == null) {
            return String.format("XXXX-%02d", month);
        }
        int year = cyclicYear(month, anchor.getMonthValue(), 12, dir, anchor.getYear());
        return month(year, month);
    }

    /** A quarter (1-4) without a year. */
    static String quarter(int quarter, Direction dir, LocalDate anchor) {
        if (anchor == null) {
            return "XXXX-Q" + quarter;
        }
        int current = anchor.get(IsoFields.QUARTER_OF_YEAR);
        return year(cyclicYear(quarter, current, 4, dir, anchor.getYear())) + "-Q" + quarter;
    }

    /** A season code (SP, SU, FA, WI) without a year; winter belongs to the year in which it starts. */
    static String season(String code, Direction dir, LocalDate anchor) {
        return season(code, dir, anchor, false);
    }

    /** As {@link #season(String, Direction, LocalDate)}; {@code strict} excludes the anchor's own season ("last summer"). */
    static String season(String code, Direction dir, LocalDate anchor, boolean strict) {
        if (anchor == null) {
            return "XXXX-" + code;
        }
        int m = anchor.getMonthValue();
        int current = m <= 2 ? 4 : m <= 5 ? 1 : m <= 8 ? 2 : m <= 11 ? 3 : 4;
        int seasonYear = m <= 2 ? anchor.getYear() - 1 : anchor.getYear();
        int wanted = "SP".equals(code) ? 1 : "SU".equals(code) ? 2 : "FA".equals(code) ? 3 : 4;
        if (strict && wanted == current && dir != Direction.NEUTRAL) {
            return year(seasonYear + (dir == Direction.PAST ? -1 : 1)) + "-" + code;
        }
        return year(cyclicYear(wanted, current, 4, dir, seasonYear)) + "-" + code;
    }

    /**
     * The year of a cyclic period (month of 12, quarter of 4) relative to the anchor's period: past clauses take the
     * latest one not after the anchor, future clauses the earliest one not before it, others the nearest.
     */
    private static int cyclicYear(int wanted, int current, int cycle, Direction dir, int year) {
        switch (dir) {
            case PAST:
                return wanted > current ? year - 1 : year;
            case FUTURE:
                return wanted < current ? year + 1 : year;
            default:
                int diff = wanted - current;
                if (diff > cycle / 2) {
                    return year - 1;
                }
                if (diff < -cycle / 2) {
                    return year + 1;
                }
                return year;
        }
    }

    /**
     * A weekday: in a past clause the latest such day on or before the anchor, in a future clause the earliest on or
     * after it; with no cue, news reports mostly look back, so the past rule applies.
     */
    static String weekday(int isoDay, Direction dir, LocalDate anchor) {
        if (anchor == null) {
            return "XXXX-WXX-" + isoDay;
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate d = dir == Direction.FUTURE
                ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                : anchor.with(TemporalAdjusters.previousOrSame(dow));
        return day(d);
    }

    /** "next Monday": strictly after the anchor; "last Monday": strictly before; "this Monday": in the anchor's week. */
    static String weekdayOffset(int isoDay, int offset, LocalDate anchor) {
        if (anchor == null) {
            return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "XXXX-WXX-" + isoDay;
        }
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate d = offset < 0 ? anchor.with(TemporalAdjusters.previous(dow))
                : offset > 0 ? anchor.with(TemporalAdjusters.next(dow))
                : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(isoDay - 1L);
        return day(d);
    }

    /** The anchor moved by {@code amount} units, written at the unit's precision ("2019-W21", "2018", "2019-04"). */
    static String shift(LocalDate anchor, long amount, Unit unit) {
        if (anchor == null) {
            return amount < 0 ? "PAST_REF" : amount > 0 ? "FUTURE_REF" : unknownCurrent(unit);
        }
        switch (unit) {
            case DAY:
                return day(anchor.plusDays(amount));
            case WEEK:
                return week(anchor.plusWeeks(amount));
            case MONTH: {
                LocalDate d = anchor.plusMonths(amount);
                return month(d.getYear(), d.getMonthValue());
            }
            case QUARTER: {
                LocalDate d = anchor.plusMonths(3 * amount);
                return year(d.getYear()) + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            }
            case YEAR:
                return year(anchor.getYear() + (int) amount);
            case DECADE:
                return (Math.floorDiv(anchor.getYear(), 10) + (int) amount) + "X";
            case CENTURY:
                return Integer.toString(Math.floorDiv(anchor.getYear(), 100) + (int) amount);
            default:
                return day(anchor);
        }
    }

    /** "this week" and the like when there is no anchor: the shape of the value with every digit unknown. */
    private static String unknownCurrent(Unit unit) {
        switch (unit) {
            case DAY:
                return "XXXX-XX-XX";
            case WEEK:
                return "XXXX-WXX";
            case MONTH:
                return "XXXX-XX";
            case QUARTER:
                return "XXXX-QX";
            case DECADE:
                return "XXXX";
            case CENTURY:
                return "XX";
            default:
                return "XXXX";
        }
    }

    static LocalDate safeDate(int year, int month, int dayOfMonth) {
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return dayOfMonth > first.lengthOfMonth() ? null : first.withDayOfMonth(dayOfMonth);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
