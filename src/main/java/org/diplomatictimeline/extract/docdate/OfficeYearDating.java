package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;

/**
 * The day of writing of a text that names its day but no year ("oggi 28 gennaio, domani lunedì 29"): the year is the
 * one year in which its office holders were in office together in which every day it writes with a weekday falls on
 * that weekday.
 */
public final class OfficeYearDating {

    /** How many years of an open span are tried: a text names the day of writing of recent news. */
    private static final int YEARS = 12;
    private static final double CONFIDENCE = 0.6;

    private OfficeYearDating() {
    }

    /**
     * The year of a text that names none: the one year of {@code span} in which every day it names without a year
     * ({@code yearless}) lies in the span, or the span's only year; empty when none or several fit.
     */
    public static Optional<Integer> yearOf(List<PartialDate> yearless, OfficeSpan span) {
        return yearOf(yearless, List.of(), span);
    }

    /**
     * The year of a text that names none, as {@link #yearOf(List, OfficeSpan)}; when several years of the span hold
     * its days, the one year in which every day it writes with a weekday ({@code withWeekday}: "ce samedi 27 août")
     * falls on that weekday.
     */
    public static Optional<Integer> yearOf(List<PartialDate> yearless, List<WrittenDates.WeekdayDay> withWeekday,
                                           OfficeSpan span) {
        return yearOf(yearless, () -> withWeekday, span);
    }

    /**
     * As {@link #yearOf(List, List, OfficeSpan)}, with the days written with a weekday read only when the days alone
     * leave several years.
     */
    public static Optional<Integer> yearOf(List<PartialDate> yearless,
                                           Supplier<List<WrittenDates.WeekdayDay>> weekdayDays, OfficeSpan span) {
        Optional<Integer> alone = yearOfDays(yearless, span);
        if (alone.isPresent() || yearless.isEmpty()) {
            return alone;
        }
        List<WrittenDates.WeekdayDay> withWeekday = weekdayDays.get();
        if (withWeekday.isEmpty()) {
            return alone;
        }
        Optional<Integer> found = Optional.empty();
        for (int year = span.from().getYear(); year <= last(span); year++) {
            int y = year;
            if (fits(y, withWeekday)
                    && yearless.stream().allMatch(p -> day(y, p.month(), p.day()).filter(span::contains).isPresent())) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                found = Optional.of(year);
            }
        }
        return found;
    }

    private static Optional<Integer> yearOfDays(List<PartialDate> yearless, OfficeSpan span) {
        if (span.singleYear()) {
            return Optional.of(span.from().getYear());
        }
        if (yearless.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> found = Optional.empty();
        for (int year = span.from().getYear(); year <= last(span); year++) {
            int y = year;
            if (yearless.stream().allMatch(p -> day(y, p.month(), p.day()).filter(span::contains).isPresent())) {
                if (found.isPresent()) {
                    return Optional.empty();
                }
                found = Optional.of(year);
            }
        }
        return found;
    }

    /**
     * The day-of-writing reading dated within {@code span}, or empty when no year, or no weekday, settles it, or when
     * its weekdays fit several years of the span (a weekday comes back to a day every few years): a guessed year is
     * worse than none.
     */
    public static Optional<DateCandidate> today(TodayDates.Readings today, OfficeSpan span) {
        if (today.weekdayDays().isEmpty()) {
            return Optional.empty();
        }
        for (PartialDate p : today.partials()) {
            LocalDate found = null;
            for (int year = span.from().getYear(); year <= last(span); year++) {
                Optional<LocalDate> d = day(year, p.month(), p.day()).filter(span::contains);
                if (d.isPresent() && fits(year, today.weekdayDays())) {
                    if (found != null) {
                        return Optional.empty();
                    }
                    found = d.get();
                }
            }
            if (found != null) {
                WrittenDates.WeekdayDay w = today.weekdayDays().get(0);
                return Optional.of(new DateCandidate(found, DatePrecision.DAY, Signal.TODAY_PHRASE, CONFIDENCE,
                        "'" + p.text() + "' in " + found.getYear() + ", the only year in which '" + w.day().text()
                                + "' is a " + w.weekday().toString().toLowerCase(Locale.ROOT) + " of those of "
                                + span.reason()));
            }
        }
        return Optional.empty();
    }

    /**
     * The last year tried: an open span is tried for {@link #YEARS} years, and never past the current year, since no
     * text is read before it is written.
     */
    private static int last(OfficeSpan span) {
        return Math.min(Math.min(span.to().getYear(), span.from().getYear() + YEARS), Year.now().getValue());
    }

    private static boolean fits(int year, List<WrittenDates.WeekdayDay> days) {
        for (WrittenDates.WeekdayDay w : days) {
            Optional<LocalDate> d = day(year, w.day().month(), w.day().day());
            if (d.isEmpty() || d.get().getDayOfWeek() != w.weekday()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
