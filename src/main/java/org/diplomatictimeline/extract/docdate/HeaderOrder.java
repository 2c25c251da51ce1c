package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.diplomatictimeline.model.DatePrecision;

/**
 * A header line's day and month read the other way round ("2019-01-07" written for 1 July): taken only when the days
 * the text names lie near the swapped reading and none near the header's own, and the weekdays the text names fit
 * the swapped reading at least as well. A news text names the days around its own day, so they settle the order a
 * header written with the wrong convention leaves open.
 */
public final class HeaderOrder {

    /** How near a named day must lie to a reading to count for it ("effective July 4" for 1 July). */
    private static final int NEAR_DAYS = 7;

    private HeaderOrder() {
    }

    /**
     * The swapped reading of {@code header}, or empty when its day cannot be a month, the swap changes nothing, or
     * the text does not clearly favour it.
     *
     * @param namedDays the days the text names, with or without a year (the year is not compared)
     */
    public static Optional<DateCandidate> swapped(LocalDate header, List<PartialDate> namedDays,
                                                  WeekdayCheck weekdays) {
        return swapped(header, () -> namedDays, weekdays);
    }

    /**
     * As {@link #swapped(LocalDate, List, WeekdayCheck)}, with the days the text names read only when the header
     * can be read the other way round at all (its day is also a month, and another one).
     */
    public static Optional<DateCandidate> swapped(LocalDate header, Supplier<List<PartialDate>> namedDaysRead,
                                                  WeekdayCheck weekdays) {
        if (header.getDayOfMonth() > 12 || header.getDayOfMonth() == header.getMonthValue()) {
            return Optional.empty();
        }
        LocalDate swap;
        try {
            swap = LocalDate.of(header.getYear(), header.getDayOfMonth(), header.getMonthValue());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        List<PartialDate> namedDays = namedDaysRead.get();
        Optional<PartialDate> nearSwap = namedDays.stream().filter(p -> near(p, swap)).findFirst();
        boolean nearHeader = namedDays.stream().anyMatch(p -> near(p, header));
        if (nearSwap.isEmpty() || nearHeader || weekdays.support(swap) < weekdays.support(header)) {
            return Optional.empty();
        }
        return Optional.of(new DateCandidate(swap, DatePrecision.DAY,
                DateCandidate.Signal.HEADER_LINE, 0.8, "the corpus header line " + header + " read with day and month"
                + " swapped: the text names '" + nearSwap.get().text() + "' near " + swap + " and no day near "
                + header));
    }

    private static boolean near(PartialDate p, LocalDate reading) {
        for (int y = reading.getYear() - 1; y <= reading.getYear() + 1; y++) {
            try {
                if (Math.abs(ChronoUnit.DAYS.between(LocalDate.of(y, p.month(), p.day()), reading)) <= NEAR_DAYS) {
                    return true;
                }
            } catch (DateTimeException e) {
                // "31 June" is no day: it lies near nothing
            }
        }
        return false;
    }
}
