package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weekdays an article's text names ("said on Thursday", "ce lundi", "во вторник", "Kamis"), used to check a
 * candidate date and to settle what a date alone leaves open: the year of "17 June", the order of "07/05/2019".
 */
public final class WeekdayCheck {

    /** How far past the latest year a text names a year-less date may still fall. */
    private static final int YEARS_AHEAD = 7;

    private final Set<DayOfWeek> named;
    /** How often the text names each weekday. */
    private final Map<DayOfWeek, Integer> counts;

    private WeekdayCheck(Map<DayOfWeek, Integer> counts) {
        this.counts = counts;
        this.named = counts.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(counts.keySet());
    }

    /** The weekdays named in {@code text} from {@code from} on. */
    public static WeekdayCheck of(String text, int from, DateWords words) {
        Map<DayOfWeek, Integer> counts = new EnumMap<>(DayOfWeek.class);
        StartScan scan = new StartScan(words.weekdayWord(), text, Math.min(from, text.length()), text.length(),
                StartScan.Start.LETTER_WORD, words.weekdayStarts());
        while (scan.find()) {
            words.weekday(scan.matcher().group(1)).ifPresent(d -> counts.merge(d, 1, Integer::sum));
        }
        return new WeekdayCheck(counts);
    }

    /** A check over the given weekdays (tests). */
    public static WeekdayCheck of(DayOfWeek... days) {
        Map<DayOfWeek, Integer> counts = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : days) {
            counts.merge(d, 1, Integer::sum);
        }
        return new WeekdayCheck(counts);
    }

    /** How many times the text names {@code day} (once per argument for a check made of days). */
    public int count(DayOfWeek day) {
        return counts.getOrDefault(day, 0);
    }

    /** True when the text names no weekday at all, so it can neither support nor contradict a date. */
    public boolean isEmpty() {
        return named.isEmpty();
    }

    /**
     * How well the weekdays the text names fit a publication date: 2 when the day itself is named ("this
     * Saturday"), 1 when the day before is ("said Thursday" in Friday's paper), 0 otherwise.
     */
    public int support(LocalDate date) {
        if (named.contains(date.getDayOfWeek())) {
            return 2;
        }
        return named.contains(date.minusDays(1).getDayOfWeek()) ? 1 : 0;
    }

    /**
     * The year for a month and day the text gives without one: the first year from {@code notBefore} on whose
     * day falls on a weekday the text names; empty when the text names none or no year near it fits.
     */
    public Optional<Integer> settleYear(int month, int day, int notBefore) {
        if (named.isEmpty()) {
            return Optional.empty();
        }
        for (int year = notBefore; year <= notBefore + YEARS_AHEAD; year++) {
            try {
                if (named.contains(LocalDate.of(year, month, day).getDayOfWeek())) {
                    return Optional.of(year);
                }
            } catch (DateTimeException e) {
                // 29 February of a common year: not this one
            }
        }
        return Optional.empty();
    }
}
