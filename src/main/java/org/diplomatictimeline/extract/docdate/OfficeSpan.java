package org.diplomatictimeline.extract.docdate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The months a document can have been written in, from what its text implies rather than states (the office holders
 * it names in office), with the reason a person can read.
 *
 * @param from   the first possible month
 * @param to     the last possible month, not before {@code from}; {@link #OPEN} while the span runs on
 * @param reason why the document lies in these months
 */
public record OfficeSpan(YearMonth from, YearMonth to, String reason) {

    /** The end of a span whose office holders are all still in office. */
    public static final YearMonth OPEN = YearMonth.of(9999, 12);

    public OfficeSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("empty span " + from + ".." + to);
        }
        reason = reason == null ? "" : reason;
    }

    /** Whether the span lies within one calendar year. */
    public boolean singleYear() {
        return from.getYear() == to.getYear();
    }

    /** Whether {@code day} lies in the span. */
    public boolean contains(LocalDate day) {
        YearMonth m = YearMonth.from(day);
        return !m.isBefore(from) && !m.isAfter(to);
    }
}
