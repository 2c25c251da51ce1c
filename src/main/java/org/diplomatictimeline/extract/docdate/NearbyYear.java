package org.diplomatictimeline.extract.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.docdate.DateCandidate.Signal;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * The year of a day of writing given without one ("siang ini (30/7)", "Moscow, 26 January") taken from a full date
 * the text writes within a month of it ("the meetings of 31 July – 4 August 2018"): news tells of the days around
 * its own, while the years of its history lie far from that day and so lend it nothing.
 */
public final class NearbyYear {

    /** A full date the text writes, with its words for the reason. */
    public record Written(LocalDate date, String text) {
    }

    /** How far from the full date the year-less day may fall. */
    static final int REACH_DAYS = 31;
    /** Below the 0.7 from which a full date lends its year to other year-less readings: this one is itself lent. */
    private static final double CONFIDENCE = 0.65;
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private NearbyYear() {
    }

    /** The year-less day made full with the year of the nearest full date within reach, if any. */
    public static Optional<DateCandidate> settle(PartialDate partial, List<Written> fullDates) {
        LocalDate best = null;
        Written from = null;
        long bestGap = Long.MAX_VALUE;
        for (Written w : fullDates) {
            for (int y = w.date().getYear() - 1; y <= w.date().getYear() + 1; y++) {
                Optional<LocalDate> d = day(y, partial);
                long gap = d.map(x -> Math.abs(ChronoUnit.DAYS.between(x, w.date()))).orElse(Long.MAX_VALUE);
                if (gap <= REACH_DAYS && gap < bestGap) {
                    best = d.get();
                    from = w;
                    bestGap = gap;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String what = (partial.signal() == Signal.DATELINE ? "dateline" : partial.signal() == Signal.TODAY_PHRASE
                ? "the day-of-writing phrase" : "date line") + " '" + partial.text() + "'";
        return Optional.of(new DateCandidate(best, DatePrecision.DAY, partial.signal(), CONFIDENCE, what + ", year "
                + best.getYear() + " from '" + from.text() + "', a full date the text writes " + bestGap
                + " days from it"));
    }

    /** The full dates among the text's temporal expressions (tagged without an anchor), whatever their tense. */
    public static List<Written> writtenIn(List<Timex> unanchored) {
        List<Written> found = new ArrayList<>();
        for (Timex t : unanchored) {
            if (t.type() == TimexType.DATE && !t.relative() && FULL_DATE.matcher(t.value()).matches()) {
                try {
                    found.add(new Written(LocalDate.parse(t.value()), t.text()));
                } catch (DateTimeException e) {
                    // not a calendar day: lends no year
                }
            }
        }
        return found;
    }

    private static Optional<LocalDate> day(int year, PartialDate p) {
        try {
            return Optional.of(LocalDate.of(year, p.month(), p.day()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
