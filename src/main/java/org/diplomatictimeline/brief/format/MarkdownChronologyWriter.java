package org.diplomatictimeline.brief.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;
import org.diplomatictimeline.brief.DateLabels;

/** The chronology as Markdown: a heading per date, a bullet per event, citations as numbered footnotes. */
public final class MarkdownChronologyWriter implements ChronologyWriter {

    @Override
    public void write(Chronology c, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Chronology, " + c.about().spanLabel() + "\n\n");
        for (String line : c.about().lines()) {
            w.write("> " + escape(line) + "\n");
        }
        w.write("\n");
        for (ChronologyDate d : c.dates()) {
            w.write("## " + escape(d.label()) + "\n\n");
            for (ChronologyEvent e : d.events()) {
                event(w, e, false);
            }
            w.write("\n");
        }
        if (!c.undated().isEmpty()) {
            w.write("## Undated\n\n");
            for (ChronologyEvent e : c.undated()) {
                event(w, e, true);
            }
            w.write("\n");
        }
        if (!c.citations().isEmpty()) {
            w.write("## Sources\n\n");
            for (Citation ci : c.citations()) {
                w.write("[^" + ci.number() + "]: " + escape(CitationText.line(ci)) + "\n");
            }
        }
        w.flush();
    }

    private static void event(Writer w, ChronologyEvent e, boolean undated) throws IOException {
        StringBuilder b = new StringBuilder("- **").append(escape(e.event().title())).append("** — ")
                .append(escape(e.summary()));
        for (Citation ci : e.citations()) {
            b.append("[^").append(ci.number()).append(']');
        }
        b.append("  \n  *").append(escape(e.event().type().label())).append("; ")
                .append(escape(undated ? "date unknown" : DateLabels.of(e.event().when()) + " ("
                        + e.event().when().precisionLabel() + ", " + e.event().when().basis().name().toLowerCase(
                        Locale.ROOT) + ")"))
                .append("; ").append(escape(CitationText.weight(e)));
        String omitted = CitationText.omitted(e);
        if (!omitted.isEmpty()) {
            b.append("; ").append(omitted);
        }
        b.append("*\n");
        w.write(b.toString());
    }

    /** Characters Markdown would read as markup are escaped; line breaks become spaces. */
    static String escape(String s) {
        return CitationText.oneLine(s).replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
