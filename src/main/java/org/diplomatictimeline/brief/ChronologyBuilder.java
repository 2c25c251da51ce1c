package org.diplomatictimeline.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Evidence;

/** Builds the chronology of a request from the events of a model: weights, key dates, summaries, citations. */
public final class ChronologyBuilder {

    /** Enough reports to check an entry; the count of the others is said. */
    private static final int MAX_CITATIONS = 5;

    private final EventModel model;
    private final Outlets outlets;
    private final KeyEventSelector selector;
    private final EventSummaries summaries = new EventSummaries();

    public ChronologyBuilder(EventModel model, Outlets outlets) {
        this.model = model;
        this.outlets = outlets;
        this.selector = new KeyEventSelector(model, outlets);
    }

    /** The chronology of all the model's events. */
    public Chronology build(ChronologyRequest request, LocalDate generated) {
        return build(model.events(), request, generated);
    }

    /** The chronology of the given events (the current filter), which must belong to the model. */
    public Chronology build(List<Event> events, ChronologyRequest request, LocalDate generated) {
        KeyEventSelector.Selection s = selector.select(events, request);
        Map<String, EventWeight> weights = s.weights();
        int[] next = {1};
        List<ChronologyDate> dates = new ArrayList<>();
        int shown = 0;
        for (KeyDates.Group g : s.chosen()) {
            List<ChronologyEvent> entries = new ArrayList<>();
            for (Event e : g.events()) {
                entries.add(entry(e, weights.get(e.id()), next));
            }
            shown += entries.size();
            String label = g.date().length() == 10 ? DateLabels.ofDay(g.span().first())
                    : DateLabels.of(g.events().get(0).when());
            dates.add(new ChronologyDate(g.date(), label, g.span(), Math.round(g.score() * 10) / 10.0, entries));
        }
        List<ChronologyEvent> undatedEntries = new ArrayList<>();
        for (Event e : s.undated()) {
            undatedEntries.add(entry(e, weights.get(e.id()), next));
        }
        ChronologyAbout about = new ChronologyAbout(request.filter(), s.from(), s.to(), corpusDate(),
                model.documents().size(), s.selection(), s.datesInSpan(), s.eventsInSpan(), dates.size(), shown,
                s.undated().size(), generated);
        return new Chronology(about, dates, undatedEntries);
    }

    private ChronologyEvent entry(Event e, EventWeight weight, int[] next) {
        List<Citation> citations = new ArrayList<>();
        // One citation per article first, so a short list still shows the breadth of reporting.
        List<Evidence> ordered = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Evidence ev : e.evidence()) {
            if (!seen.contains(ev.documentId())) {
                seen.add(ev.documentId());
                ordered.add(ev);
            }
        }
        for (Evidence ev : e.evidence()) {
            if (!ordered.contains(ev)) {
                ordered.add(ev);
            }
        }
        for (Evidence ev : ordered.subList(0, Math.min(MAX_CITATIONS, ordered.size()))) {
            DocumentInfo doc = model.document(ev.documentId()).orElse(null);
            citations.add(new Citation(next[0]++, ev.documentId(), outlets.outlet(ev.documentId()).orElse(""),
                    doc == null ? "" : doc.title(), doc == null ? null : doc.date().value(), ev.start(), ev.end(),
                    ev.text()));
        }
        return new ChronologyEvent(e, weight, summaries.summarise(e), citations,
                Math.max(0, ordered.size() - MAX_CITATIONS));
    }

    private String corpusDate() {
        String newest = null;
        for (DocumentInfo d : model.documents()) {
            String v = d.date().value();
            if (v != null && (newest == null || v.compareTo(newest) > 0)) {
                newest = v;
            }
        }
        return newest;
    }
}
