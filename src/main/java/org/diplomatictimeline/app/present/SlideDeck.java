package org.diplomatictimeline.app.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.brief.DateLabels;
import org.diplomatictimeline.brief.EventWeigher;
import org.diplomatictimeline.brief.KeyDates;
import org.diplomatictimeline.brief.KeyEventSelector;
import org.diplomatictimeline.brief.Outlets;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;

/**
 * Chooses the events of a presentation and puts each in words: with a filter set, every event it shows; with none,
 * the key events a chronology would list (weighed by {@link EventWeigher}, chosen by {@link KeyEventSelector} and
 * {@link KeyDates}); with the Key events control on, exactly its selection (given as the visible events). The
 * selected event is always in the deck, so "present from here" works from any view.
 */
public final class SlideDeck {

    /** Excerpts shown per slide; more would not be legible from the back of a room. */
    static final int MAX_EXCERPTS = 3;
    private static final int MAX_EXCERPT_CHARS = 280;
    /** Article titles in a citation are cut: some sources use the lead sentence as the title. */
    private static final int MAX_TITLE_CHARS = 70;

    private final EventModel model;
    private final Outlets outlets;
    private final Function<String, List<String>> notes;

    public SlideDeck(EventModel model, Outlets outlets, Function<String, List<String>> notes) {
        this.model = model;
        this.outlets = outlets;
        this.notes = notes;
    }

    /** The slides, chronological, undated events last. */
    public List<Slide> slides(List<Event> visible, boolean filtered, Event selected) {
        List<Event> chosen = new ArrayList<>(filtered ? visible : keyEvents(visible));
        if (selected != null && visible.contains(selected) && !chosen.contains(selected)) {
            chosen.add(selected);
        }
        chosen.sort(Comparator.comparing((Event e) -> e.when().isKnown() ? 0 : 1)
                .thenComparing(e -> e.when().isKnown() ? e.when().span().first() : LocalDate.MIN)
                .thenComparing(Event::id));
        return chosen.stream().map(this::slide).toList();
    }

    /** Where the deck opens: on the selected event when it is there, else on the first slide. */
    public static int startIndex(List<Slide> slides, Event selected) {
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).event().equals(selected)) {
                return i;
            }
        }
        return 0;
    }

    private List<Event> keyEvents(List<Event> visible) {
        List<Event> key = new KeyEventSelector(model, outlets).select(visible, ChronologyRequest.all()).events();
        return key.isEmpty() ? visible : key;
    }

    Slide slide(Event e) {
        List<Slide.Excerpt> excerpts = new ArrayList<>();
        for (Evidence ev : e.evidence()) {
            if (excerpts.size() == MAX_EXCERPTS) {
                break;
            }
            excerpts.add(new Slide.Excerpt(shorten(ev.text(), MAX_EXCERPT_CHARS), citation(ev.documentId())));
        }
        String place = e.place() == null ? "" : e.place().name();
        String who = String.join(", ", e.participants().stream().map(SlideDeck::participant).toList());
        return new Slide(e, e.title(), e.when().isKnown() ? DateLabels.of(e.when()) : "Undated",
                basis(e), who, place, excerpts, notes.apply(e.id()));
    }

    private static String participant(Participant p) {
        return p.role().isBlank() ? p.name() : p.name() + " (" + p.role() + ")";
    }

    private static String basis(Event e) {
        return switch (e.when().basis()) {
            case STATED -> "stated in the text";
            case RELATIVE -> "relative to the article's date";
            case INFERRED -> "inferred";
            case UNKNOWN -> "no date found";
        };
    }

    private String citation(String documentId) {
        Optional<DocumentInfo> doc = model.document(documentId);
        List<String> parts = new ArrayList<>();
        outlets.outlet(documentId).ifPresent(parts::add);
        doc.map(DocumentInfo::title).filter(t -> !t.isBlank())
                .ifPresent(t -> parts.add("\u201C" + shorten(t, MAX_TITLE_CHARS) + "\u201D"));
        doc.map(DocumentInfo::date).filter(d -> d.isKnown()).ifPresent(d -> parts.add(d.value()));
        if (parts.isEmpty()) {
            parts.add(documentId);
        }
        return String.join(", ", parts);
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
