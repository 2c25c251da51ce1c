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

/**
 * The chronology as one self-contained HTML file that opens offline: styles inline, system fonts only, no script,
 * the dates drawn as inline SVG, citations as numbered notes linked both ways.
 */
public final class HtmlChronologyWriter implements ChronologyWriter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans",sans-serif;max-width:60rem;
            margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1d1d1f;background:#fff}
            header p{margin:.2rem 0;color:#444}h2{border-bottom:1px solid #ccc;margin-top:2rem}
            .event{margin:.8rem 0}.event .meta{font-size:.85rem;color:#555}sup a{text-decoration:none}
            ol.notes{font-size:.85rem}svg .axis{stroke:#888;stroke-width:2}svg .mark{fill:#2a6fdb;opacity:.85}
            svg text{font-size:11px;fill:#333}
            @media (prefers-color-scheme:dark){body{background:#1d1d1f;color:#eee}header p,.event .meta{color:#bbb}
            svg text{fill:#ddd}}
            @media print{svg{max-height:8rem}}
            """;

    @Override
    public void write(Chronology c, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = "Chronology, " + c.about().spanLabel();
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>" + HtmlText.escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
        w.write("<header>\n<h1>" + HtmlText.escape(title) + "</h1>\n");
        for (String line : c.about().lines()) {
            w.write("<p>" + HtmlText.escape(line) + "</p>\n");
        }
        w.write("</header>\n<figure>" + SvgTimelineStrip.svg(c) + "</figure>\n<main>\n");
        int i = 0;
        for (ChronologyDate d : c.dates()) {
            w.write("<section id=\"d" + i++ + "\">\n<h2>" + HtmlText.escape(d.label()) + "</h2>\n");
            for (ChronologyEvent e : d.events()) {
                event(w, e);
            }
            w.write("</section>\n");
        }
        if (!c.undated().isEmpty()) {
            w.write("<section id=\"undated\">\n<h2>Undated</h2>\n");
            for (ChronologyEvent e : c.undated()) {
                event(w, e);
            }
            w.write("</section>\n");
        }
        w.write("</main>\n");
        if (!c.citations().isEmpty()) {
            w.write("<footer>\n<h2>Sources</h2>\n<ol class=\"notes\">\n");
            for (Citation ci : c.citations()) {
                w.write("<li id=\"n" + ci.number() + "\" value=\"" + ci.number() + "\">"
                        + HtmlText.escape(CitationText.line(ci)) + " <a href=\"#r" + ci.number()
                        + "\" aria-label=\"back\">↩</a></li>\n");
            }
            w.write("</ol>\n</footer>\n");
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static void event(Writer w, ChronologyEvent e) throws IOException {
        StringBuilder b = new StringBuilder("<div class=\"event\"><strong>")
                .append(HtmlText.escape(e.event().title())).append("</strong> — ").append(HtmlText.escape(e.summary()));
        for (Citation ci : e.citations()) {
            b.append("<sup id=\"r").append(ci.number()).append("\"><a href=\"#n").append(ci.number()).append("\">[")
                    .append(ci.number()).append("]</a></sup>");
        }
        b.append("<div class=\"meta\">").append(HtmlText.escape(e.event().type().label())).append("; ")
                .append(HtmlText.escape(DateLabels.of(e.event().when()))).append(" (")
                .append(HtmlText.escape(e.event().when().precisionLabel())).append(", ")
                .append(e.event().when().basis().name().toLowerCase(Locale.ROOT)).append("); ")
                .append(HtmlText.escape(CitationText.weight(e)));
        String omitted = CitationText.omitted(e);
        if (!omitted.isEmpty()) {
            b.append("; ").append(HtmlText.escape(omitted));
        }
        b.append("</div></div>\n");
        w.write(b.toString());
    }
}
