package org.diplomatictimeline.brief.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;
import org.diplomatictimeline.brief.DateLabels;

/**
 * The chronology as CSV (RFC 4180: CRLF, quoted where needed) in UTF-8 with a byte order mark, so spreadsheets
 * read the accents and scripts right: one row per event, undated events last with an empty date; what the file
 * contains is said in comment lines starting with '#' above the header.
 */
public final class CsvChronologyWriter implements ChronologyWriter {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("date", "date_label", "event_id", "title", "type", "status",
            "when", "precision", "weight", "weight_reason", "summary", "citations");


    @Override
    public void write(Chronology c, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        // The printer writes the comments, then the header, then the rows.
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setCommentMarker('#').get());
        for (String line : c.about().lines()) {
            printer.printComment(line);
        }
        printer.printRecord(HEADER);
        for (ChronologyDate d : c.dates()) {
            for (ChronologyEvent e : d.events()) {
                printer.printRecord(row(d.date(), d.label(), e));
            }
        }
        for (ChronologyEvent e : c.undated()) {
            printer.printRecord(row("", "undated", e));
        }
        printer.flush();
    }

    /** The format a reader of these files uses: RFC 4180 with '#' comments and the header row. */
    public static CSVFormat readFormat() {
        return CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
    }

    private static List<String> row(String date, String label, ChronologyEvent e) {
        List<String> cites = new ArrayList<>();
        for (Citation ci : e.citations()) {
            cites.add("[" + ci.number() + "] " + CitationText.line(ci));
        }
        String omitted = CitationText.omitted(e);
        if (!omitted.isEmpty()) {
            cites.add(omitted);
        }
        return List.of(date, label, e.event().id(), e.event().title(), e.event().type().label(),
                e.event().status().name().toLowerCase(Locale.ROOT), DateLabels.of(e.event().when()),
                e.event().when().precisionLabel(), String.valueOf(e.weight().value()), e.weight().reason(),
                e.summary(), String.join("\n", cites));
    }
}
