package org.diplomatictimeline.brief.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;
import org.diplomatictimeline.brief.DateLabels;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;

/**
 * The chronology as a TimelineJS 3 JSON file: a title slide saying what it contains (and listing the undated
 * events, which TimelineJS cannot place), one slide per event with {@code start_date}/{@code end_date} parts at the
 * precision known, {@code display_date} for dates not known to the day, the type as {@code group}, and the
 * citations as an ordered list in {@code text.text}.
 */
public final class TimelineJsChronologyWriter implements ChronologyWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void write(Chronology c, OutputStream out) throws IOException {
        JsonTreeOutput.write(toTree(c), out);
    }

    static ObjectNode toTree(Chronology c) {
        ObjectNode root = NODES.objectNode();
        ObjectNode title = root.putObject("title");
        StringBuilder intro = new StringBuilder();
        c.about().lines().forEach(l -> intro.append("<p>").append(HtmlText.escape(l)).append("</p>"));
        if (!c.undated().isEmpty()) {
            intro.append("<p>Undated:</p><ul>");
            for (ChronologyEvent e : c.undated()) {
                intro.append("<li>").append(HtmlText.escape(e.event().title())).append(" — ")
                        .append(HtmlText.escape(e.summary())).append(citations(e)).append("</li>");
            }
            intro.append("</ul>");
        }
        title.putObject("text").put("headline", "Chronology, " + c.about().spanLabel()).put("text", intro.toString());
        ArrayNode events = root.putArray("events");
        for (ChronologyDate d : c.dates()) {
            for (ChronologyEvent e : d.events()) {
                events.add(slide(e));
            }
        }
        return root;
    }

    private static ObjectNode slide(ChronologyEvent e) {
        EventDate when = e.event().when();
        ObjectNode n = NODES.objectNode();
        n.set("start_date", parts(when.span().first(), when.precision()));
        boolean day = when.precision() == DatePrecision.DAY;
        if (when.isRange() || !day && when.precision() != DatePrecision.MONTH && when.precision() != DatePrecision.YEAR) {
            n.set("end_date", parts(when.span().last(), DatePrecision.DAY));
        }
        if (!day || when.modifier() != DateModifier.NONE) {
            n.put("display_date", DateLabels.of(when));
        }
        n.putObject("text").put("headline", e.event().title()).put("text", "<p>" + HtmlText.escape(e.summary())
                + "</p><p><small>" + HtmlText.escape(CitationText.weight(e)) + "</small></p>" + citations(e));
        n.put("group", e.event().type().label());
        n.put("unique_id", e.event().id());
        return n;
    }

    private static ObjectNode parts(LocalDate date, DatePrecision precision) {
        ObjectNode n = NODES.objectNode();
        n.put("year", date.getYear());
        if (precision != DatePrecision.YEAR && precision != DatePrecision.DECADE
                && precision != DatePrecision.CENTURY) {
            n.put("month", date.getMonthValue());
        }
        if (precision.isFinerOrEqual(DatePrecision.WEEK)) {
            n.put("day", date.getDayOfMonth());
        }
        return n;
    }

    private static String citations(ChronologyEvent e) {
        if (e.citations().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ol start=\"").append(e.citations().get(0).number()).append("\">");
        for (Citation ci : e.citations()) {
            b.append("<li>").append(HtmlText.escape(CitationText.line(ci))).append("</li>");
        }
        b.append("</ol>");
        String omitted = CitationText.omitted(e);
        return omitted.isEmpty() ? b.toString() : b + "<p>" + omitted + "</p>";
    }
}
