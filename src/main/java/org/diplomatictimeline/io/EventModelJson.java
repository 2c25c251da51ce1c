package org.diplomatictimeline.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.diplomatictimeline.brief.EventWeigher;
import org.diplomatictimeline.brief.EventWeight;
import org.diplomatictimeline.brief.Outlets;
import org.diplomatictimeline.corpus.Corpus;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;

/**
 * Writes the event model as the JSON of the {@code export} command: documents with their dates and events with
 * when, place, participants, topics and evidence spans (Java string offsets into each document's text).
 */
public final class EventModelJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The writer, built at the first write: the window calls {@link #outlets} on every load, and building an
     * ObjectMapper there cost seconds of class loading on the FX thread before the events were shown (issue 11).
     */
    private static final class Writer {
        static final ObjectWriter WRITER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writer();
    }

    /** Stateless: the writer is shared; instances exist only for callers that prefer one. */
    public EventModelJson() {
    }

    /** Writes the model; the stream is flushed, not closed. I/O failures surface as {@link UncheckedIOException}. */
    public static void write(Corpus corpus, EventModel model, OutputStream out) {
        try {
            Writer.WRITER.writeValue(out, toTree(corpus, model));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the event model: " + e.getMessage(), e);
        }
    }

    /** The JSON tree of the model, for tests and other writers. */
    public static ObjectNode toTree(Corpus corpus, EventModel model) {
        ObjectNode root = NODES.objectNode();
        ArrayNode documents = root.putArray("documents");
        for (DocumentInfo d : model.documents()) {
            documents.add(document(d));
        }
        ArrayNode events = root.putArray("events");
        EventWeigher weigher = new EventWeigher(outlets(corpus, model));
        for (Event e : model.events()) {
            events.add(event(e, weigher.weigh(e)));
        }
        ArrayNode problems = root.putArray("problems");
        corpus.problems().forEach(p -> problems.addObject().put("source", p.source()).put("message", p.message())
                .put("fatal", p.fatal()));
        return root;
    }

    private static ObjectNode document(DocumentInfo d) {
        DocumentDate date = d.date();
        ObjectNode n = NODES.objectNode();
        n.put("id", d.id());
        n.put("source", d.source());
        n.put("title", d.title());
        n.put("language", d.language());
        n.put("date", date.value());
        n.put("dateSource", lower(date.source().name()));
        n.put("datePrecision", date.precision() == null ? null : lower(date.precision().name()));
        n.put("dateInferred", date.isInferred());
        n.put("dateConfidence", date.confidence());
        n.put("dateReason", date.reason());
        n.put("headerDate", date.headerValue());
        n.put("dateConflict", date.conflict());
        return n;
    }

    /** The outlet of each document, from the source address in its path or front matter, else its title. */
    public static Outlets outlets(Corpus corpus, EventModel model) {
        return Outlets.of(model.documents(), id -> corpus.document(id).map(Document::text).orElse(null));
    }

    private static ObjectNode event(Event e, EventWeight weight) {
        ObjectNode n = NODES.objectNode();
        n.put("id", e.id());
        n.put("title", e.title());
        // The briefing's coarse kind, as the analysts' event model and other tools name it; the fine type beside it.
        n.put("type", e.type().category().word());
        n.put("kind", e.type().name());
        n.put("cameo", e.type().cameoCode());
        n.put("status", e.status().name());
        n.set("when", when(e.when()));
        n.put("place", e.place() == null ? null : e.place().name());
        if (e.place() != null) {
            n.putObject("placeDetail").put("id", e.place().id()).put("name", e.place().name())
                    .put("kind", e.place().kind().name()).put("country", e.place().countryCode());
        }
        ArrayNode participants = n.putArray("participants");
        for (Participant p : e.participants()) {
            participants.addObject().put("id", p.id()).put("name", p.name()).put("kind", p.kind().name())
                    .put("role", p.role()).put("country", p.countryCode());
        }
        ArrayNode topics = n.putArray("topics");
        e.topics().forEach(topics::add);
        ArrayNode evidence = n.putArray("evidence");
        for (Evidence ev : e.evidence()) {
            evidence.addObject().put("document", ev.documentId()).put("start", ev.start()).put("end", ev.end())
                    .put("text", ev.text());
        }
        n.put("confidence", e.confidence());
        n.put("weight", weight.value());
        n.put("weightReason", weight.reason());
        return n;
    }

    private static ObjectNode when(EventDate d) {
        ObjectNode n = NODES.objectNode();
        n.put("start", d.value());
        n.put("end", d.endValue() != null ? d.endValue() : d.value());
        n.put("precision", d.precisionLabel());
        n.put("basis", lower(d.basis().name()));
        n.put("modifier", d.modifier().name());
        n.put("earliest", d.span() == null ? null : d.span().first().toString());
        n.put("latest", d.span() == null ? null : d.span().last().toString());
        n.put("reason", d.reason());
        return n;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
