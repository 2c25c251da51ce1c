package org.diplomatictimeline.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;

/**
 * A dated chronology written by a news editor (a wire service's timeline, a ministry's chronology): the dates it
 * heads its entries with, at the precision it gives them.
 *
 * @param source where it was published, or "" when not said
 * @param dates  its entries in the order written
 */
public record EditorChronology(String source, List<Entry> dates) {

    public EditorChronology {
        source = source == null ? "" : source;
        dates = List.copyOf(dates);
    }

    /**
     * One entry: its date at the editor's precision ("2019-10-17" day, "2019-10" month, "2019" year), an optional
     * last day for a range ("March 5-6"), and the entry's words.
     */
    public record Entry(String date, DatePrecision precision, LocalDate end, String text) {

        public Entry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(precision, "precision");
            text = text == null ? "" : text;
            if (precision != DatePrecision.DAY && precision != DatePrecision.MONTH
                    && precision != DatePrecision.YEAR) {
                throw new IllegalArgumentException(date + ": an editor's date is a day, a month or a year");
            }
            span(date, precision, end);
        }

        /** The calendar days the entry covers: its day (to its end for a range), its month or its year. */
        public DateSpan span() {
            return span(date, precision, end);
        }

        private static DateSpan span(String date, DatePrecision precision, LocalDate end) {
            DateSpan s = switch (precision) {
                case DAY -> DateSpan.ofDay(LocalDate.parse(date));
                case MONTH -> {
                    YearMonth m = YearMonth.parse(date);
                    yield new DateSpan(m.atDay(1), m.atEndOfMonth());
                }
                default -> {
                    int y = Integer.parseInt(date);
                    yield new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
            };
            return end == null ? s : new DateSpan(s.first(), end.isAfter(s.last()) ? end : s.last());
        }
    }

    /** The entries that fall wholly inside a span, each distinct span once (an editor may head two entries alike). */
    public List<Entry> within(DateSpan span) {
        List<Entry> kept = new ArrayList<>();
        List<DateSpan> seen = new ArrayList<>();
        for (Entry e : dates) {
            DateSpan s = e.span();
            if (!s.first().isBefore(span.first()) && !s.last().isAfter(span.last()) && !seen.contains(s)) {
                seen.add(s);
                kept.add(e);
            }
        }
        return kept;
    }
}
