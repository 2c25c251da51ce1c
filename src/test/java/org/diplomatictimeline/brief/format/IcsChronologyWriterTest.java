package org.diplomatictimeline.brief.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VJournal;
import org.junit.jupiter.api.Test;

class IcsChronologyWriterTest {

    private static Calendar parsed() throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(Written.bytes(ChronologyFormat.ICS)));
    }

    private static String value(Component c, String property) {
        return c.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void isValidRfc5545() throws Exception {
        var result = parsed().validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
    }

    @Test
    void parsesWithIcal4jAsAllDayEventsAndUndatedJournalEntries() throws Exception {
        Calendar cal = parsed();

        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(5);
        List<VJournal> journals = cal.getComponents("VJOURNAL");
        assertThat(journals).hasSize(1);
        assertThat(value(journals.get(0), "SUMMARY")).isEqualTo("Agreement signed somewhere");
    }

    @Test
    void multiDayAndMonthDatesSpanTheirDaysWithPrecisionInTheDescription() throws Exception {
        Calendar cal = parsed();
        List<VEvent> events = cal.getComponents("VEVENT");

        VEvent range = events.stream().filter(e -> value(e, "SUMMARY").equals("部长访问")).findFirst().orElseThrow();
        assertThat(value(range, "DTSTART")).isEqualTo("20210310");
        assertThat(value(range, "DTEND")).isEqualTo("20210313");
        VEvent month = events.stream().filter(e -> value(e, "SUMMARY").equals("Talks on trade"))
                .findFirst().orElseThrow();
        assertThat(value(month, "DTSTART")).isEqualTo("20210401");
        assertThat(value(month, "DTEND")).isEqualTo("20210501");
        assertThat(value(month, "DESCRIPTION")).contains("April 2021 (known to the month")
                .contains("“Officials held talks, \"quietly\", in April.”");
    }

    @Test
    void foldsLongLinesWithinSeventyFiveOctets() {
        String text = new String(Written.bytes(ChronologyFormat.ICS), StandardCharsets.UTF_8);

        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }
}
