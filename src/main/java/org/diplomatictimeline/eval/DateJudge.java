package org.diplomatictimeline.eval;

import java.util.Locale;
import java.util.Optional;
import org.diplomatictimeline.eval.AcceptanceReport.Outcome;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;

/**
 * Judges an extracted event's date against the reader's: the same value, or a finer date inside it, is right; a
 * coarser date around it (or one day for a range) is the wrong precision; anything else, or no date, is wrong.
 */
final class DateJudge {

    private DateJudge() {
    }

    /** The outcome for a candidate whose type and actors already agree, with a line saying why. */
    record Verdict(Outcome outcome, String detail) {
    }

    static Verdict judge(ExpectedSet.Event x, Event e) {
        EventDate when = e.when();
        String got = describe(when);
        if (x.dateOptional()) {
            return new Verdict(Outcome.FOUND, "any date accepted, got " + got);
        }
        if (x.date() == null) {
            return when.isKnown()
                    ? new Verdict(Outcome.WRONG_DATE, "no reader can date it, but got " + got)
                    : new Verdict(Outcome.FOUND, "left undated, as it should be");
        }
        if (!when.isKnown() || when.span() == null) {
            return new Verdict(Outcome.WRONG_DATE, "expected " + x.dateLabel() + ", got no date (" + when.reason() + ")");
        }
        Optional<ReaderDate> start = ReaderDate.parse(x.date());
        if (start.isEmpty()) {
            return new Verdict(Outcome.WRONG_DATE, "reader's date " + x.date() + " is not a value the scorer reads");
        }
        DateSpan got0 = when.span();
        if (x.end() != null) {
            return judgeRange(x, start.get(), ReaderDate.parse(x.end()).orElse(start.get()), got0, got);
        }
        ReaderDate reader = start.get();
        if (reader.covers(got0)) {
            return new Verdict(Outcome.FOUND, "got " + got);
        }
        // The reader knows only the first day ("arrived on Monday"); a range another article adds that starts then is right.
        if (reader.fineness() == 0 && when.isRange() && got0.first().equals(reader.span().first())) {
            return new Verdict(Outcome.FOUND, "got the range " + got + " starting on the reader's day");
        }
        if (got0.contains(reader.span().first()) && got0.contains(reader.span().last())) {
            return new Verdict(Outcome.WRONG_PRECISION, "expected " + x.dateLabel() + ", got the coarser " + got);
        }
        return new Verdict(Outcome.WRONG_DATE, "expected " + x.dateLabel() + ", got " + got);
    }

    private static Verdict judgeRange(ExpectedSet.Event x, ReaderDate first, ReaderDate last, DateSpan got0,
                                      String got) {
        DateSpan wanted = new DateSpan(first.span().first(), last.span().last());
        if (got0.equals(wanted)) {
            return new Verdict(Outcome.FOUND, "got " + got);
        }
        boolean inside = !got0.first().isBefore(wanted.first()) && !got0.last().isAfter(wanted.last());
        if (inside || got0.contains(wanted.first()) && got0.contains(wanted.last())) {
            return new Verdict(Outcome.WRONG_PRECISION, "expected the range " + x.dateLabel() + ", got " + got);
        }
        return new Verdict(Outcome.WRONG_DATE, "expected the range " + x.dateLabel() + ", got " + got);
    }

    /** "2021-05-18..2021-05-20 (range, relative)" or "undated". */
    static String describe(EventDate when) {
        if (!when.isKnown()) {
            return "undated";
        }
        String v = when.isRange() ? when.value() + ".." + when.endValue() : when.value();
        return v + " (" + when.precisionLabel() + ", " + when.basis().name().toLowerCase(Locale.ROOT) + ")";
    }
}
