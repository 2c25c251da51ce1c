package org.diplomatictimeline.app;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;

/**
 * The one selection every view follows: the selected event and which of its excerpts is on show.
 *
 * <p>Views never talk to each other; each writes here on user input and listens here to follow. Writing the value
 * a view already shows is a no-op, which breaks the feedback loops between views.
 */
public final class EventSelection {

    private final ReadOnlyObjectWrapper<Event> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Evidence> shownEvidence = new ReadOnlyObjectWrapper<>(this, "shownEvidence");

    /** Selects the event (null clears) and shows its first excerpt. */
    public void select(Event event) {
        if (sameEvent(event, selected.get())) {
            if (event != null && event != selected.get()) {
                selected.set(event); // Same id, newer version (e.g. after a reload): let views refresh.
            }
            return;
        }
        shownEvidence.set(null);
        selected.set(event);
        shownEvidence.set(event == null || event.evidence().isEmpty() ? null : event.evidence().get(0));
    }

    /** Selects the event and shows the given excerpt of it (switching document if need be). */
    public void show(Event event, Evidence evidence) {
        if (!sameEvent(event, selected.get())) {
            shownEvidence.set(null);
            selected.set(event);
        }
        shownEvidence.set(null); // Re-showing the same excerpt should scroll to it again.
        shownEvidence.set(evidence);
    }

    public void clear() {
        select(null);
    }

    /** Moves to the next ({@code step} = 1) or previous (-1) event of {@code order}; wraps at neither end. */
    public void step(List<Event> order, int step) {
        if (order.isEmpty()) {
            return;
        }
        int index = indexOf(order, selected.get());
        int next = index < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.max(0, Math.min(order.size() - 1, index + step));
        select(order.get(next));
    }

    public ReadOnlyObjectProperty<Event> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Event getSelected() {
        return selected.get();
    }

    /** The excerpt of the selected event that the source view shows, or null. */
    public ReadOnlyObjectProperty<Evidence> shownEvidenceProperty() {
        return shownEvidence.getReadOnlyProperty();
    }

    static int indexOf(List<Event> events, Event event) {
        if (event == null) {
            return -1;
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(event.id())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameEvent(Event a, Event b) {
        return a == null ? b == null : b != null && a.id().equals(b.id());
    }
}
