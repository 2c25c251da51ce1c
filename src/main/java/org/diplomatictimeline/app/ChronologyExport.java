package org.diplomatictimeline.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyBuilder;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.brief.format.ChronologyFile;
import org.diplomatictimeline.brief.format.ChronologyFormat;
import org.diplomatictimeline.brief.format.ChronologyWriter;
import org.diplomatictimeline.brief.format.PdfChronologyWriter;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.model.Event;

/**
 * File › Export…: the chronology of the events that pass the current filter (the key events the Key events control
 * chose, when it is on), written in a chosen format off the FX thread; the outcome (the file, or what failed) comes back on the FX thread as one sentence.
 */
final class ChronologyExport {

    private final Executor worker;
    private final Executor fxThread;

    ChronologyExport(Executor worker, Executor fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /** Starts the export of the events with a length that suits their span; {@code done} receives a message. */
    void export(Workspace workspace, List<Event> visible, EventFilter filter, ChronologyFormat format, Path target,
                Consumer<String> done) {
        export(workspace, visible, new ChronologyRequest(null, null, null, null, describe(filter)), format, target,
                done);
    }

    /**
     * Starts the export of what a request selects from the events that pass the filter (the window's
     * {@link WorkspaceViewModel#chronologyRequest()}: the Key events control's choice when it is on).
     */
    void export(Workspace workspace, List<Event> filtered, ChronologyRequest request, ChronologyFormat format,
                Path target, Consumer<String> done) {
        List<Event> events = List.copyOf(filtered);
        worker.execute(() -> {
            String message;
            try {
                Chronology c = new ChronologyBuilder(workspace.model(),
                        EventModelJson.outlets(workspace.corpus(), workspace.model()))
                        .build(events, request, LocalDate.now());
                ChronologyWriter writer = format.writer();
                ChronologyFile.write(writer, c, target);
                message = "Exported " + c.about().shownDates() + " dates and " + c.undated().size()
                        + " undated events to " + target + "."
                        + (writer instanceof PdfChronologyWriter pdf && pdf.missingGlyphs() > 0
                        ? " " + pdf.missingGlyphs() + " characters have no font on this machine and show as '?'."
                        : "");
            } catch (IOException | RuntimeException e) {
                message = "Could not export to " + target + ": " + e.getMessage() + ". Nothing was written.";
            }
            String m = message;
            fxThread.execute(() -> done.accept(m));
        });
    }


    /** The filter in words for the head of the export: "all events", or its facets. */
    static String describe(EventFilter f) {
        if (f.isEmpty()) {
            return "all events";
        }
        List<String> parts = new ArrayList<>();
        facet(parts, "types", f.types().stream().map(t -> t.label()).toList());
        facet(parts, "participants", f.participants());
        facet(parts, "places", f.places());
        facet(parts, "countries", f.countries());
        facet(parts, "topics", f.topics());
        facet(parts, "status", f.statuses().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        facet(parts, "date basis", f.bases().stream().map(b -> b.name().toLowerCase(Locale.ROOT)).toList());
        facet(parts, "articles", f.documents());
        facet(parts, "review", f.reviews());
        if (!f.text().isEmpty()) {
            parts.add("text \"" + f.text() + "\"");
        }
        return "events matching " + String.join("; ", parts);
    }

    private static void facet(List<String> parts, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            parts.add(name + ": " + String.join(", ", Set.copyOf(values).stream().sorted().toList()));
        }
    }
}
