package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.TensedDates.Dated;
import org.diplomatictimeline.extract.docdate.DateCandidate;
import org.diplomatictimeline.extract.docdate.HeaderOrder;
import org.diplomatictimeline.extract.docdate.PartialDate;
import org.diplomatictimeline.extract.docdate.WeekdayCheck;
import org.diplomatictimeline.extract.docdate.WrittenDates;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;

/**
 * The corpus header line's date: read with day and month swapped when the days the body names fit only the swapped
 * reading, and overruled by a later date the text reports as past.
 */
final class HeaderLineCheck {

    static final String HEADER_LINE = "the corpus header line";

    private final WrittenDates writtenDates;

    HeaderLineCheck(WrittenDates writtenDates) {
        this.writtenDates = writtenDates;
    }

    /**
     * The header line as read.
     *
     * @param value  the date read (a day or a month), or null when the document has no header date
     * @param reason why it is read so
     * @param stated what the header line itself says
     */
    record Reading(String value, String reason, String stated) {

        boolean present() {
            return value != null;
        }

        boolean month() {
            return value.length() == 7;
        }

        /** The header as a candidate for the chooser, or empty without a header. */
        Optional<DateCandidate> candidate() {
            if (value == null) {
                return Optional.empty();
            }
            return Optional.of(new DateCandidate(LocalDate.parse(month() ? value + "-01" : value),
                    month() ? DatePrecision.MONTH : DatePrecision.DAY, DateCandidate.Signal.HEADER_LINE, 0.8,
                    reason.equals(HEADER_LINE) ? HEADER_LINE + " " + value : reason));
        }
    }

    /** Reads the document's header line; a day is checked against the days the body names. */
    Reading read(Document doc, List<PartialDate> yearless, WeekdayCheck weekdays) {
        return read(doc, () -> yearless, weekdays);
    }

    /**
     * As {@link #read(Document, List, WeekdayCheck)}, with the days the body names without a year read only when the
     * header's day and month could be swapped.
     */
    Reading read(Document doc, Supplier<List<PartialDate>> yearless, WeekdayCheck weekdays) {
        String header = doc.headerDate();
        String reason = HEADER_LINE;
        if (header != null && header.length() != 7) {
            String text = doc.text();
            Optional<DateCandidate> swapped = HeaderOrder.swapped(LocalDate.parse(header), () -> namedDays(text,
                    doc.bodyStart(), yearless, weekdays), weekdays);
            if (swapped.isPresent()) {
                return new Reading(swapped.get().value(), swapped.get().reason(), header);
            }
        }
        return new Reading(header, reason, header);
    }

    /**
     * The document's date from its header line, when no other signal dated it: the header, unless the text reports
     * as past a full date after it, which then wins and the conflict is kept.
     */
    DocumentDate check(Reading header, List<Dated> past) {
        String read = header.value();
        Optional<Dated> contradiction = past.stream()
                .filter(d -> d.date().toString().compareTo(header.month() ? read + "-31" : read) > 0)
                .max((a, b) -> a.date().compareTo(b.date()));
        if (contradiction.isEmpty()) {
            DatePrecision p = header.month() ? DatePrecision.MONTH : DatePrecision.DAY;
            return new DocumentDate(read, p, DateSource.HEADER, 0.9, header.reason(), header.stated(), false);
        }
        Dated d = contradiction.get();
        return new DocumentDate(d.date().toString(), DatePrecision.DAY, DateSource.TEXT, 0.6,
                "header " + read + " is earlier than '" + d.text() + "', which the text reports as past",
                header.stated(), true);
    }

    /** The days the body names, with or without a year, for settling a header's day/month order. */
    private List<PartialDate> namedDays(String text, int bodyStart, Supplier<List<PartialDate>> yearless,
                                        WeekdayCheck weekdays) {
        List<PartialDate> days = new ArrayList<>(yearless.get());
        for (WrittenDates.Found f : writtenDates.find(text, bodyStart, text.length(), weekdays)) {
            days.add(new PartialDate(f.date().getMonthValue(), f.date().getDayOfMonth(),
                    DateCandidate.Signal.WEEKDAY_DATE, f.text()));
        }
        return days;
    }
}
