package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a page's clock from the article's stamp: a date printed at the top of a page that shows the day the page was
 * saved ("Tue Oct 14 2025" over an article of two years before) is not the day of writing when the days the article
 * writes with their weekday and no year ("until next Thursday, March 7") fall on those weekdays in none of the months
 * around it, and all do in one year the article itself writes. A writer leaves the year out only of days near the day of
 * writing, so such days outweigh a bare stamp the page may carry for any day.
 */
public final class SiteClock {

    /** How far from the day of writing a day written without its year may lie. */
    private static final int NEAR_DAYS = 183;

    private SiteClock() {
    }

    /**
     * Why {@code stamp} is the page's clock rather than the article's day, or empty when nothing says so.
     *
     * @param days      the days the text writes with their weekday and no year
     * @param textYears the years of the full dates the text writes
     */
    public static Optional<String> contradiction(LocalDate stamp, List<WrittenDates.WeekdayDay> days,
                                                 Collection<Integer> textYears) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        for (WrittenDates.WeekdayDay w : days) {
            if (fitsNear(w, stamp)) {
                return Optional.empty();
            }
        }
        // every such day on its weekday in one year the text writes: the article's year, not the stamp's
        Optional<Integer> year = textYears.stream().filter(y -> y != stamp.getYear()).sorted()
                .filter(y -> days.stream().allMatch(w -> falls(w, y))).findFirst();
        if (year.isEmpty()) {
            return Optional.empty();
        }
        WrittenDates.WeekdayDay witness = days.get(0);
        return Optional.of("'" + witness.day().text() + "' is no " + witness.weekday().toString()
                .toLowerCase(Locale.ROOT) + " within half a year of " + stamp + ", but is one in " + year.get()
                + ", a year the text writes: the stamp is the page's clock, not the day of writing");
    }

    private static boolean fitsNear(WrittenDates.WeekdayDay w, LocalDate stamp) {
        for (int y = stamp.getYear() - 1; y <= stamp.getYear() + 1; y++) {
            Optional<LocalDate> d = day(y, w.day());
            if (d.isPresent() && d.get().getDayOfWeek() == w.weekday()
                    && Math.abs(ChronoUnit.DAYS.between(stamp, d.get())) <= NEAR_DAYS) {
                return true;
            }
        }
        return false;
    }

    private static boolean falls(WrittenDates.WeekdayDay w, int year) {
        return day(year, w.day()).filter(d -> d.getDayOfWeek() == w.weekday()).isPresent();
    }

    private static Optional<LocalDate> day(int year, PartialDate p) {
        try {
            return Optional.of(LocalDate.of(year, p.month(), p.day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
