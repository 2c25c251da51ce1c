package org.diplomatictimeline.brief.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyAbout;
import org.diplomatictimeline.brief.ChronologyDate;
import org.diplomatictimeline.brief.ChronologyEvent;
import org.diplomatictimeline.brief.Citation;
import org.diplomatictimeline.brief.DateLabels;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;

/**
 * The chronology as the JSON contract of issue 10: {@code {"dates": [{"date", "events": [{"id", "title", "type",
 * "when", "weight", "summary", "citations": [{"document", "title", "date", "start", "end", "text"}]}]}],
 * "undated": [...]}} plus additive fields ("about", "weightReason", "status", citation "number" and "outlet").
 */
public final class JsonChronologyWriter implements ChronologyWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void write(Chronology chronology, OutputStream out) throws IOException {
        JsonTreeOutput.write(toTree(chronology), out);
    }

    /** The JSON tree, for tests and for callers that embed it. */
    public static ObjectNode toTree(Chronology c) {
        ObjectNode root = NODES.objectNode();
        root.set("about", about(c.about()));
        ArrayNode dates = root.putArray("dates");
        for (ChronologyDate d : c.dates()) {
            ObjectNode n = dates.addObject();
            n.put("date", d.date());
            n.put("label", d.label());
            n.put("score", d.score());
            ArrayNode events = n.putArray("events");
            d.events().forEach(e -> events.add(event(e)));
        }
        ArrayNode undated = root.putArray("undated");
        c.undated().forEach(e -> undated.add(event(e)));
        return root;
    }

    private static ObjectNode about(ChronologyAbout a) {
        ObjectNode n = NODES.objectNode();
        n.put("filter", a.filter());
        n.put("from", a.from() == null ? null : a.from().toString());
        n.put("to", a.to() == null ? null : a.to().toString());
        n.put("corpusDate", a.corpusDate());
        n.put("documents", a.documents());
        n.put("selection", a.selection());
        n.put("datesInSpan", a.datesInSpan());
        n.put("eventsInSpan", a.eventsInSpan());
        n.put("shownDates", a.shownDates());
        n.put("shownEvents", a.shownEvents());
        n.put("undated", a.undated());
        n.put("generated", a.generated().toString());
        ArrayNode text = n.putArray("statement");
        a.lines().forEach(text::add);
        return n;
    }

    private static ObjectNode event(ChronologyEvent ce) {
        Event e = ce.event();
        ObjectNode n = NODES.objectNode();
        n.put("id", e.id());
        n.put("title", e.title());
        n.put("type", e.type().name());
        n.put("status", e.status().name());
        n.set("when", when(e.when()));
        n.put("weight", ce.weight().value());
        n.put("weightReason", ce.weight().reason());
        n.put("summary", ce.summary());
        n.put("place", e.place() == null ? null : e.place().name());
        ArrayNode citations = n.putArray("citations");
        for (Citation c : ce.citations()) {
            citations.addObject().put("number", c.number()).put("document", c.documentId()).put("title", c.title())
                    .put("outlet", c.outlet()).put("date", c.date()).put("start", c.start()).put("end", c.end())
                    .put("text", c.text());
        }
        n.put("omittedCitations", ce.omittedCitations());
        return n;
    }

    private static ObjectNode when(EventDate d) {
        ObjectNode n = NODES.objectNode();
        n.put("start", d.value());
        n.put("end", d.endValue() != null ? d.endValue() : d.value());
        n.put("precision", d.precisionLabel());
        n.put("basis", d.basis().name().toLowerCase(Locale.ROOT));
        n.put("modifier", d.modifier().name());
        n.put("earliest", d.span() == null ? null : d.span().first().toString());
        n.put("latest", d.span() == null ? null : d.span().last().toString());
        n.put("label", DateLabels.of(d));
        n.put("reason", d.reason());
        return n;
    }
}
