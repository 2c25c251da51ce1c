package org.diplomatictimeline.brief.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;
import org.diplomatictimeline.brief.DateLabels;
import org.diplomatictimeline.model.EventDate;

/**
 * The chronology as iCalendar (RFC 5545): each dated event an all-day VEVENT over the days its date may cover (a
 * month-precise date spans the month, a range its days), the precision and basis said in DESCRIPTION; undated
 * events as VJOURNAL entries dated by their first report (the description says the event's date is unknown), so
 * none is dropped.
 */
public final class IcsChronologyWriter implements ChronologyWriter {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    /** RFC 5545 3.1: lines longer than 75 octets are folded. */
    private static final int FOLD_OCTETS = 75;

    @Override
    public void write(Chronology c, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder();
        String stamp = c.about().generated().format(BASIC) + "T000000Z";
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Diplomatic Timeline//Chronology//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "X-WR-CALNAME:" + text("Chronology, " + c.about().spanLabel()));
        line(b, "X-WR-CALDESC:" + text(String.join("\n", c.about().lines())));
        for (ChronologyDate d : c.dates()) {
            for (ChronologyEvent e : d.events()) {
                vevent(b, e, stamp);
            }
        }
        for (ChronologyEvent e : c.undated()) {
            line(b, "BEGIN:VJOURNAL");
            line(b, "UID:" + uid(e));
            line(b, "DTSTAMP:" + stamp);
            // A journal entry is dated by when it was written: the first report, as the event's own date is unknown.
            String reported = firstReport(e);
            if (reported != null) {
                line(b, "DTSTART;VALUE=DATE:" + LocalDate.parse(reported).format(BASIC));
            }
            line(b, "SUMMARY:" + text(e.event().title()));
            line(b, "DESCRIPTION:" + text("Date unknown (" + e.event().when().reason() + ")"
                    + (reported == null ? "" : "; first reported " + reported) + ".\n" + description(e)));
            line(b, "END:VJOURNAL");
        }
        line(b, "END:VCALENDAR");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void vevent(StringBuilder b, ChronologyEvent e, String stamp) {
        EventDate when = e.event().when();
        LocalDate first = when.span().first();
        LocalDate endExclusive = when.span().last().plusDays(1);
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + uid(e));
        line(b, "DTSTAMP:" + stamp);
        line(b, "DTSTART;VALUE=DATE:" + first.format(BASIC));
        line(b, "DTEND;VALUE=DATE:" + endExclusive.format(BASIC));
        line(b, "SUMMARY:" + text(e.event().title()));
        if (e.event().place() != null) {
            line(b, "LOCATION:" + text(e.event().place().name()));
        }
        line(b, "CATEGORIES:" + text(e.event().type().label()));
        line(b, "STATUS:" + switch (e.event().status()) {
            case HAPPENED -> "CONFIRMED";
            case CANCELLED -> "CANCELLED";
            // iCalendar has no "postponed": the day it was set for does not hold; the summary says "Postponed".
            case POSTPONED -> "CANCELLED";
            default -> "TENTATIVE";
        });
        line(b, "TRANSP:TRANSPARENT");
        String precision = "Date: " + DateLabels.of(when) + " (known to the " + when.precisionLabel() + ", "
                + when.basis().name().toLowerCase(Locale.ROOT) + ": " + when.reason() + ")";
        line(b, "DESCRIPTION:" + text(precision + "\n" + description(e)));
        line(b, "END:VEVENT");
    }

    private static String description(ChronologyEvent e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.summary());
        parts.add("Weight " + e.weight().value() + ": " + e.weight().reason());
        for (Citation ci : e.citations()) {
            parts.add("[" + ci.number() + "] " + CitationText.line(ci));
        }
        String omitted = CitationText.omitted(e);
        if (!omitted.isEmpty()) {
            parts.add(omitted);
        }
        return String.join("\n", parts);
    }

    private static String firstReport(ChronologyEvent e) {
        return e.citations().stream().map(Citation::date).filter(d -> d != null && d.length() == 10).sorted()
                .findFirst().orElse(null);
    }

    private static String uid(ChronologyEvent e) {
        return e.event().id().replaceAll("[^A-Za-z0-9._-]", "-") + "@diplomatictimeline";
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded at 75 octets without splitting a UTF-8 sequence or a surrogate pair. */
    static void line(StringBuilder b, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_OCTETS) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
