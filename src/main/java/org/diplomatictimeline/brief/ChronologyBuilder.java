package org.diplomatictimeline.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatictimeline.model.DateSpan;
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
    private final EventWeigher weigher;
    private final EventSummaries summaries = new EventSummaries();

    public ChronologyBuilder(EventModel model, Outlets outlets) {
        this.model = model;
        this.outlets = outlets;
        this.weigher = new EventWeigher(outlets);
    }

    /** The chronology of all the model's events. */
    public Chronology build(ChronologyRequest request, LocalDate generated) {
        return build(model.events(), request, generated);
    }

    /** The chronology of the given events (the current filter), which must belong to the model. */
    public Chronology build(List<Event> events, ChronologyRequest request, LocalDate generated) {
        Map<String, EventWeight> weights = new HashMap<>();
        List<Event> dated = new ArrayList<>();
        List<Event> undated = new ArrayList<>();
        for (Event e : events) {
            weights.put(e.id(), weigher.weigh(e));
            if (!e.when().isKnown()) {
                undated.add(e);
            } else if (inSpan(e.when().span(), request)) {
                dated.add(e);
            }
        }
        List<KeyDates.Group> all = KeyDates.background(KeyDates.group(dated, e -> weights.get(e.id()).value()),
                articleSpan());
        LocalDate from = request.from() != null ? request.from() : all.isEmpty() ? null : all.get(0).span().first();
        LocalDate to = request.to() != null ? request.to()
                : dated.stream().map(e -> e.when().span().last()).max(Comparator.naturalOrder()).orElse(from);
        List<KeyDates.Group> chosen;
        String selection;
        if (request.events() != null) {
            chosen = KeyDates.topEvents(dated, request.events(), e -> weights.get(e.id()).value());
            selection = "the " + request.events() + " most significant events";
        } else {
            int k = request.dates() != null ? request.dates() : from == null ? 0 : defaultCount(request, from, to);
            chosen = KeyDates.topDates(all, k);
            selection = "the " + k + " most significant dates"
                    + (request.dates() == null ? " (a length chosen for the span)" : "");
        }
        int[] next = {1};
        List<ChronologyDate> dates = new ArrayList<>();
        int shown = 0;
        for (KeyDates.Group g : chosen) {
            List<ChronologyEvent> entries = new ArrayList<>();
            for (Event e : g.events()) {
                entries.add(entry(e, weights.get(e.id()), next));
            }
            shown += entries.size();
            String label = g.date().length() == 10 ? DateLabels.ofDay(g.span().first())
                    : DateLabels.of(g.events().get(0).when());
            dates.add(new ChronologyDate(g.date(), label, g.span(), Math.round(g.score() * 10) / 10.0, entries));
        }
        undated.sort(Comparator.comparingDouble((Event e) -> weights.get(e.id()).value()).reversed()
                .thenComparing(Event::id));
        List<ChronologyEvent> undatedEntries = new ArrayList<>();
        for (Event e : undated) {
            undatedEntries.add(entry(e, weights.get(e.id()), next));
        }
        ChronologyAbout about = new ChronologyAbout(request.filter(), from, to, corpusDate(), model.documents().size(),
                selection, all.size(), dated.size(), dates.size(), shown, undated.size(), generated);
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

    /**
     * The length for a span nobody sized: the span asked for, else the span of the articles' own dates (background
     * events years before them should not stretch a chronology of the news), else that of the events.
     */
    private int defaultCount(ChronologyRequest request, LocalDate eventsFrom, LocalDate eventsTo) {
        DateSpan articles = articleSpan();
        LocalDate from = request.from() != null ? request.from() : articles != null ? articles.first() : eventsFrom;
        LocalDate to = request.to() != null ? request.to() : articles != null ? articles.last() : eventsTo;
        return KeyDates.defaultCount(from, to.isBefore(from) ? from : to);
    }

    /** The days from the first article's date to the last one's, or null when no article is dated. */
    private DateSpan articleSpan() {
        LocalDate first = null;
        LocalDate last = null;
        for (DocumentInfo d : model.documents()) {
            LocalDate day = firstDay(d.date().value());
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }
        return first == null ? null : new DateSpan(first, last);
    }

    private static LocalDate firstDay(String timex) {
        try {
            if (timex == null || timex.length() < 7) {
                return null;
            }
            return timex.length() >= 10 ? LocalDate.parse(timex.substring(0, 10))
                    : java.time.YearMonth.parse(timex.substring(0, 7)).atDay(1);
        } catch (java.time.DateTimeException e) {
            return null;
        }
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

    private static boolean inSpan(DateSpan span, ChronologyRequest r) {
        return (r.from() == null || !span.last().isBefore(r.from())) && (r.to() == null || !span.first().isAfter(r.to()));
    }
}
