package org.diplomatictimeline.extract.docdate;

import java.time.LocalDate;
import java.util.Objects;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;

/**
 * One reading of when a document was published, from one signal (address, byline, dateline, header line, embedded
 * post, weekday-marked date), with how far it is trusted and why.
 *
 * @param date       the day; for a coarser precision the first day of the month or year
 * @param precision  DAY, MONTH or YEAR
 * @param signal     which kind of signal found it
 * @param confidence in [0, 1]
 * @param reason     the evidence in words, quoting what was read
 */
public record DateCandidate(LocalDate date, DatePrecision precision, Signal signal, double confidence,
                            String reason) {

    /** The kinds of signal a document date is read from. */
    public enum Signal {
        HEADER_LINE(DateSource.HEADER), ADDRESS(DateSource.BYLINE), BYLINE(DateSource.BYLINE),
        DATELINE(DateSource.DATELINE), EMBEDDED_POST(DateSource.TEXT), WEEKDAY_DATE(DateSource.TEXT),
        TODAY_PHRASE(DateSource.TEXT);

        private final DateSource source;

        Signal(DateSource source) {
            this.source = source;
        }

        /** The model's name for where the date came from. */
        public DateSource source() {
            return source;
        }
    }

    public DateCandidate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(signal, "signal");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** The TIMEX3 value at this candidate's precision ("2019-12-09", "2019-12", "2019"). */
    public String value() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            default -> date.toString().substring(0, 4);
        };
    }

    /** True when this candidate's date lies within the other's (same value, or a finer one inside it). */
    public boolean refines(DateCandidate coarser) {
        return value().startsWith(coarser.value());
    }
}
