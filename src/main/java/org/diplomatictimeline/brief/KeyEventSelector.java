package org.diplomatictimeline.brief;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;

/**
 * The one rule that picks the key events of a span: every event weighed by {@link EventWeigher}, the dated ones in
 * the span grouped by date and the K best dates (or the N weightiest events) kept by {@link KeyDates}. The
 * chronology, the app's Key events control and presentation mode all ask it, so they can never disagree.
 */
public final class KeyEventSelector {

    /**
     * What a request selected.
     *
     * @param chosen       the chosen dates, oldest first, each with its events weightiest first
     * @param datesInSpan  how many distinct dates the span has
     * @param eventsInSpan how many dated events lie in the span
     * @param undated      the events with no known date, weightiest first (never part of a selection)
     * @param from         the first day of the span (asked for, else the first event's), or null when nothing is dated
     * @param to           the last day of the span
     * @param selection    how the entries were chosen, in words ("the 12 most significant dates")
     * @param weights      every given event's weight by event id
     */
    public record Selection(List<KeyDates.Group> chosen, int datesInSpan, int eventsInSpan, List<Event> undated,
                            LocalDate from, LocalDate to, String selection, Map<String, EventWeight> weights) {

        public Selection {
            chosen = List.copyOf(chosen);
            undated = List.copyOf(undated);
            weights = Map.copyOf(weights);
        }

        /** The chosen events, oldest date first. */
        public List<Event> events() {
            return chosen.stream().flatMap(g -> g.events().stream()).toList();
        }

        /** The ids of the chosen events. */
        public Set<String> eventIds() {
            Set<String> ids = new LinkedHashSet<>();
            for (KeyDates.Group g : chosen) {
                for (Event e : g.events()) {
                    ids.add(e.id());
                }
            }
            return ids;
        }
    }

    private final EventModel model;
    private final EventWeigher weigher;

    public KeyEventSelector(EventModel model, Outlets outlets) {
        this.model = model;
        this.weigher = new EventWeigher(outlets);
    }

    /** An event's weight, as the selection counts it. */
    public EventWeight weigh(Event e) {
        return weigher.weigh(e);
    }

    /** The key events of the given events (which belong to the model) for a request. */
    public Selection select(List<Event> events, ChronologyRequest request) {
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
        undated.sort(Comparator.comparingDouble((Event e) -> weights.get(e.id()).value()).reversed()
                .thenComparing(Event::id));
        return new Selection(chosen, all.size(), dated.size(), undated, from, to, selection, weights);
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
                    : YearMonth.parse(timex.substring(0, 7)).atDay(1);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean inSpan(DateSpan span, ChronologyRequest r) {
        return (r.from() == null || !span.last().isBefore(r.from())) && (r.to() == null || !span.first().isAfter(r.to()));
    }
}
