package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;

/**
 * Chooses a document's publication date from the candidates its signals read: a year-less dateline takes its year
 * from a full date near it, a month the address or header gives, the weekdays the text names, or the latest year the
 * text names; then the candidate that is most trusted, most agreed with and best fits the text's weekdays wins.
 */
public final class DocumentDateChooser {

    /** A dateline and a full stamp this many days apart describe one publication (filed, then posted). */
    private static final int SAME_PUBLICATION_DAYS = 7;
    private static final double AGREEMENT_BONUS = 0.04;
    private static final double WEEKDAY_BONUS = 0.02;
    private static final double MONTH_CONFLICT_PENALTY = 0.1;
    /** How far from the text's latest named year a day written with its weekday may fall. */
    private static final int WEEKDAY_YEARS = 3;
    /** A day written with its weekday this close to New Year may be told in an article of the year beside. */
    private static final int YEAR_TURN_DAYS = 21;

    /**
     * The best reading, or empty when no signal dates the document.
     *
     * @param candidates full and month-only readings
     * @param partials   year-less readings
     * @param textDays   days the running text names without a year and not as still to come, to make a month-only
     *                   reading a day
     * @param yearHint   the latest year the text itself names, if any
     */
    public Optional<DateCandidate> choose(List<DateCandidate> candidates, List<PartialDate> partials,
                                          List<PartialDate> textDays, WeekdayCheck weekdays,
                                          Optional<Integer> yearHint) {
        return choose(candidates, partials, () -> textDays, List::of, weekdays, yearHint);
    }

    /** The best reading, as {@link #choose(List, List, Supplier, Supplier, WeekdayCheck, Optional)}. */
    public Optional<DateCandidate> choose(List<DateCandidate> candidates, List<PartialDate> partials,
                                          List<PartialDate> textDays, List<WeekdayNumbers.WeekdayNumber> numbered,
                                          WeekdayCheck weekdays, Optional<Integer> yearHint) {
        return choose(candidates, partials, () -> textDays, () -> numbered, weekdays, yearHint);
    }

    /**
     * The best reading, as {@link #choose(List, List, List, WeekdayCheck, Optional)}; {@code numbered} holds the
     * weekdays the text writes with a bare day of the month ("nesta sexta-feira (14)"), which make a month-only
     * reading a day first; it and {@code textDays} are read only when the best reading is month-only, which few
     * pages need.
     */
    public Optional<DateCandidate> choose(List<DateCandidate> candidates, List<PartialDate> partials,
                                          Supplier<List<PartialDate>> textDays,
                                          Supplier<List<WeekdayNumbers.WeekdayNumber>> numbered,
                                          WeekdayCheck weekdays, Optional<Integer> yearHint) {
        List<DateCandidate> all = new ArrayList<>(candidates);
        for (PartialDate p : partials) {
            withYear(p, candidates, weekdays, yearHint).ifPresent(all::add);
        }
        DateCandidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (DateCandidate c : all) {
            if (c.precision() != DatePrecision.DAY || outranked(c, all)) {
                continue;
            }
            double score = score(c, all, weekdays);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        Optional<DateCandidate> month = all.stream()
                .filter(c -> c.precision() == DatePrecision.MONTH && c.confidence() >= 0.5)
                .max((a, b) -> Double.compare(a.confidence(), b.confidence()));
        if (best != null && best.signal() == Signal.EMBEDDED_POST && month.isPresent() && best.refines(month.get())) {
            // A quoted post is of the day before as often as of the day itself; the day the text says is this
            // week's ("nesta sexta-feira, 10") in the page's month is the day of writing.
            DateCandidate post = best;
            return Optional.of(thisWeekDay(month.get(), numbered.get()).orElse(post));
        }
        if (best != null) {
            return Optional.of(best);
        }
        return month.map(m -> thisWeekDay(m, numbered.get()).or(() -> refine(m, textDays.get(), weekdays)).orElse(m));
    }

    /**
     * A month-only reading made a day by the one day the text puts in the week of writing with its day of the month
     * ("nesta sexta-feira (14)", "ce lundi ... du lundi 19 au jeudi 22") that falls on that weekday in that month;
     * none when no such day, or more than one, fits.
     */
    static Optional<DateCandidate> thisWeekDay(DateCandidate month, List<WeekdayNumbers.WeekdayNumber> numbered) {
        List<LocalDate> fitting = new ArrayList<>();
        String written = null;
        for (WeekdayNumbers.WeekdayNumber n : numbered) {
            if (!n.thisWeek()) {
                continue;
            }
            Optional<LocalDate> d = day(month.date().getYear(), new PartialDate(month.date().getMonthValue(),
                    n.day(), Signal.WEEKDAY_DATE, n.text()));
            if (d.isPresent() && d.get().getDayOfWeek() == n.weekday() && !fitting.contains(d.get())) {
                fitting.add(d.get());
                written = n.text();
            }
        }
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new DateCandidate(fitting.get(0), DatePrecision.DAY, Signal.WEEKDAY_DATE, 0.6,
                month.reason() + ", made a day by '" + written + "', a weekday the text puts in the week of writing,"
                        + " written with its day of the month"));
    }

    /**
     * A month-only reading made a day: the one day of that month the text names ("6 de diciembre") that falls on a
     * weekday the text names ("este viernes"); none when no day or more than one fits.
     */
    static Optional<DateCandidate> refine(DateCandidate month, List<PartialDate> textDays, WeekdayCheck weekdays) {
        List<LocalDate> fitting = new ArrayList<>();
        String written = null;
        for (PartialDate p : textDays) {
            if (p.month() != month.date().getMonthValue()) {
                continue;
            }
            Optional<LocalDate> d = day(month.date().getYear(), p);
            if (d.isPresent() && weekdays.support(d.get()) == 2 && !fitting.contains(d.get())) {
                fitting.add(d.get());
                written = p.text();
            }
        }
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        LocalDate d = fitting.get(0);
        return Optional.of(new DateCandidate(d, DatePrecision.DAY, Signal.WEEKDAY_DATE, 0.6, month.reason()
                + ", made a day by '" + written + "', the only day of that month the text names that falls on a"
                + " weekday it names (" + d.getDayOfWeek().toString().toLowerCase(Locale.ROOT) + ")"));
    }

    /**
     * The article's date from a day the text writes without a year beside its weekday ("ce lundi 16 décembre",
     * "el jueves 14 de noviembre"): the year is the one nearest the text's latest named year in which that day falls
     * on that weekday. Said to be in the current week ("ce lundi", "this Monday"), it is the article's day; otherwise
     * only its year is the article's: a text names days weeks before or after it ("will arrive on Thursday, October
     * 12" in a September report), so the month is a guess, and a day near a year's turn gives no year either.
     */
    public static Optional<DateCandidate> fromWeekdayDays(List<WrittenDates.WeekdayDay> days,
                                                          Optional<Integer> yearHint) {
        if (yearHint.isEmpty()) {
            return Optional.empty();
        }
        int hint = yearHint.get();
        for (WrittenDates.WeekdayDay w : days) {
            Optional<LocalDate> settled = Optional.empty();
            for (int distance = 0; distance <= WEEKDAY_YEARS && settled.isEmpty(); distance++) {
                // the earlier year first: a text more often names the year ahead of it than one behind it
                for (int y : new int[] {hint - distance, hint + distance}) {
                    Optional<LocalDate> d = day(y, w.day());
                    if (settled.isEmpty() && d.isPresent() && d.get().getDayOfWeek() == w.weekday()) {
                        settled = d;
                    }
                }
            }
            if (settled.isPresent()) {
                LocalDate d = settled.get();
                String why = "'" + w.day().text() + "' written with its weekday falls on a "
                        + w.weekday().toString().toLowerCase(Locale.ROOT) + " in " + d.getYear()
                        + ", the nearest such year to " + hint + " (the latest year the text names)";
                if (w.thisWeek()) {
                    return Optional.of(new DateCandidate(d, DatePrecision.DAY, Signal.WEEKDAY_DATE, 0.5,
                            why + "; said to be this week, so the article's day"));
                }
                if (farFromYearTurn(d)) {
                    return Optional.of(new DateCandidate(d.withDayOfYear(1), DatePrecision.YEAR, Signal.WEEKDAY_DATE,
                            0.45, why + "; the article placed in that year"));
                }
            }
        }
        return Optional.empty();
    }

    /** True when a day lies far enough inside its year that an article written around it is of that year. */
    private static boolean farFromYearTurn(LocalDate d) {
        return d.getDayOfYear() > YEAR_TURN_DAYS && d.lengthOfYear() - d.getDayOfYear() >= YEAR_TURN_DAYS;
    }

    /** A day outside a month that a more trusted signal gives is not the publication day ("1 January" in December). */
    private static boolean outranked(DateCandidate day, List<DateCandidate> all) {
        return all.stream().anyMatch(m -> m.precision() == DatePrecision.MONTH && m.confidence() >= 0.6
                && m.confidence() > day.confidence() && !day.refines(m));
    }

    private static double score(DateCandidate c, List<DateCandidate> all, WeekdayCheck weekdays) {
        double score = c.confidence() + WEEKDAY_BONUS * weekdays.support(c.date());
        for (DateCandidate other : all) {
            if (other == c || other.confidence() < 0.5) {
                continue;
            }
            if (c.refines(other)) {
                score += AGREEMENT_BONUS;
            } else if (other.precision() == DatePrecision.MONTH && other.confidence() >= 0.6) {
                score -= MONTH_CONFLICT_PENALTY;
            }
        }
        return score;
    }

    /** The year-less reading with the year the other signals give it, and how sure that year is. */
    static Optional<DateCandidate> withYear(PartialDate p, List<DateCandidate> candidates, WeekdayCheck weekdays,
                                            Optional<Integer> yearHint) {
        String what = (p.signal() == Signal.DATELINE ? "dateline" : p.signal() == Signal.TODAY_PHRASE
                ? "the day-of-writing phrase" : "date line") + " '" + p.text() + "'";
        for (DateCandidate c : candidates) {
            if (c.precision() != DatePrecision.DAY || c.confidence() < 0.7) {
                continue;
            }
            for (int y = c.date().getYear() - 1; y <= c.date().getYear() + 1; y++) {
                Optional<LocalDate> d = day(y, p);
                if (d.isPresent() && Math.abs(ChronoUnit.DAYS.between(d.get(), c.date())) <= SAME_PUBLICATION_DAYS) {
                    return Optional.of(new DateCandidate(d.get(), DatePrecision.DAY, p.signal(), 0.91,
                            what + ", year from " + c.reason()));
                }
            }
        }
        for (DateCandidate c : candidates) {
            if (c.precision() == DatePrecision.MONTH && c.date().getMonthValue() == p.month()) {
                Optional<LocalDate> d = day(c.date().getYear(), p);
                if (d.isPresent()) {
                    return Optional.of(new DateCandidate(d.get(), DatePrecision.DAY, p.signal(),
                            c.confidence() >= 0.5 ? 0.85 : 0.75, what + ", year from " + c.reason()));
                }
            }
        }
        // A phrase of the day of writing ("oggi 28 gennaio") takes no year from the years the text names: those are
        // as often the years of its history ("died in 1962") as its own.
        if (yearHint.isPresent() && p.signal() != Signal.TODAY_PHRASE) {
            Optional<Integer> settled = weekdays.settleYear(p.month(), p.day(), yearHint.get());
            if (settled.isPresent()) {
                return day(settled.get(), p).map(d -> new DateCandidate(d, DatePrecision.DAY, p.signal(), 0.7,
                        what + ", year " + d.getYear() + ": the first from " + yearHint.get() + " (the latest year the"
                                + " text names) whose day is a weekday the text names"));
            }
            return day(yearHint.get(), p).map(d -> new DateCandidate(d, DatePrecision.DAY, p.signal(), 0.5,
                    what + ", year " + yearHint.get() + ", the latest year the text names"));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(int year, PartialDate p) {
        try {
            return Optional.of(LocalDate.of(year, p.month(), p.day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
