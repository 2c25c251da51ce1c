package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;

/**
 * The year of a text that writes a day with its weekday but no year ("jeudi 22 septembre", "Rabu (14/5)"), settled
 * by the text's own evidence rather than by the years it names: a year another reading of the text gives (an
 * ordinal session, an anniversary) in which every such day falls on its weekday, else the one year of the months its
 * office holders served together in which they all do. A year the text tells as past ("En 2005, le sommet se tenait à
 * Lomé") is history, not the day of writing: no year before it is taken.
 */
public final class WeekdayYear {

    /** How many years of an open office span are tried: a text names the day of writing of recent news. */
    private static final int OPEN_YEARS = 12;
    /** Days from a year's turn within which a day tells no year of writing ("Monday, December 29"). */
    private static final int YEAR_TURN_DAYS = 21;
    private static final double CONFIDENCE = 0.45;

    private WeekdayYear() {
    }

    /** A year some other reading of the text gives, and why. */
    public record Clue(int year, String reason) {
    }

    /**
     * The text's year from its weekday days, or empty when it writes none, when no evidence settles one year, or
     * when the days lie too near a year's turn to tell the year of writing.
     *
     * @param days      the days written with their weekday and without a year
     * @param clues     years other readings of the text give, most trusted first
     * @param office    the months the office holders it names served together, if known
     * @param notBefore the latest year the text tells as past, if any
     */
    public static Optional<DateCandidate> settle(List<WrittenDates.WeekdayDay> days, List<Clue> clues,
                                                 Optional<OfficeSpan> office, OptionalInt notBefore) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        for (Clue c : clues) {
            if (allowed(c.year(), notBefore) && fits(c.year(), days, null)) {
                return candidate(c.year(), days, "the year of " + c.reason());
            }
        }
        if (office.isEmpty()) {
            return Optional.empty();
        }
        OfficeSpan span = office.get();
        List<Integer> fitting = new ArrayList<>();
        for (int y = span.from().getYear(); y <= last(span); y++) {
            if (allowed(y, notBefore) && fits(y, days, span)) {
                fitting.add(y);
            }
        }
        // a weekday comes back to a day every few years: a guessed year is worse than none
        return fitting.size() == 1 ? candidate(fitting.get(0), days, "the only such year of those of " + span.reason())
                : Optional.empty();
    }

    private static Optional<DateCandidate> candidate(int year, List<WrittenDates.WeekdayDay> days, String why) {
        WrittenDates.WeekdayDay w = days.get(0);
        LocalDate d = day(year, w.day()).orElseThrow();
        String reason = "'" + w.day().text() + "' written with its weekday falls on a "
                + w.weekday().toString().toLowerCase(Locale.ROOT) + " in " + year + ", " + why;
        if (w.thisWeek()) {
            return Optional.of(new DateCandidate(d, DatePrecision.DAY, Signal.WEEKDAY_DATE, CONFIDENCE + 0.05,
                    reason + "; said to be this week, so the article's day"));
        }
        if (!days.stream().allMatch(x -> day(year, x.day()).filter(WeekdayYear::farFromYearTurn).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new DateCandidate(d.withDayOfYear(1), DatePrecision.YEAR, Signal.WEEKDAY_DATE, CONFIDENCE,
                reason + "; the article placed in that year"));
    }

    private static boolean allowed(int year, OptionalInt notBefore) {
        return notBefore.isEmpty() || year >= notBefore.getAsInt();
    }

    /** True when every day falls on its weekday in {@code year} (and within {@code span}, when given). */
    private static boolean fits(int year, List<WrittenDates.WeekdayDay> days, OfficeSpan span) {
        for (WrittenDates.WeekdayDay w : days) {
            Optional<LocalDate> d = day(year, w.day());
            if (d.isEmpty() || d.get().getDayOfWeek() != w.weekday() || span != null && !span.contains(d.get())) {
                return false;
            }
        }
        return true;
    }

    private static int last(OfficeSpan span) {
        return Math.min(Math.min(span.to().getYear(), span.from().getYear() + OPEN_YEARS), Year.now().getValue());
    }

    private static boolean farFromYearTurn(LocalDate d) {
        return d.getDayOfYear() > YEAR_TURN_DAYS && d.lengthOfYear() - d.getDayOfYear() >= YEAR_TURN_DAYS;
    }

    private static Optional<LocalDate> day(int year, PartialDate p) {
        try {
            return Optional.of(LocalDate.of(year, p.month(), p.day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
