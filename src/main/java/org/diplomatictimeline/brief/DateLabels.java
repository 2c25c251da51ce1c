package org.diplomatictimeline.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;

/** A date in words at the precision it is known: "13 May 2019", "5–7 June 2019", "June 2019", "about 2019". */
public final class DateLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateLabels() {
    }

    public static String of(EventDate d) {
        if (!d.isKnown()) {
            return "date unknown";
        }
        String prefix = d.modifier() == DateModifier.APPROX ? "about " : "";
        LocalDate first = d.span().first();
        LocalDate last = d.span().last();
        String text;
        if (d.isRange() && d.precision() == DatePrecision.DAY) {
            text = first.getYear() != last.getYear() || first.getMonth() != last.getMonth()
                    ? first.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + " – " + last.format(DAY)
                    : first.getDayOfMonth() + "–" + last.format(DAY);
        } else if (d.precision() == DatePrecision.DAY) {
            text = first.format(DAY);
        } else if (d.precision() == DatePrecision.MONTH) {
            text = first.format(MONTH);
        } else if (d.precision() == DatePrecision.YEAR) {
            text = String.valueOf(first.getYear());
        } else {
            text = d.value() + " (" + first + " to " + last + ")";
        }
        return prefix + text;
    }

    /** A day in words: "13 May 2019". */
    public static String ofDay(LocalDate day) {
        return day.format(DAY);
    }
}
