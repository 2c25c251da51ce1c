package org.diplomatictimeline.app.curation;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomatictimeline.curation.CuratedModel;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.ReviewState;
import org.diplomatictimeline.model.Event;

/**
 * The review queue's state: the events still proposed, in time order, and the one on show. Accepting or rejecting
 * takes the event out of the queue and shows the next; undo brings it back.
 *
 * <p>Use on the FX thread only.
 */
public final class ReviewQueueModel {

    private final CurationSession session;
    private final ObservableList<Event> queue = FXCollections.observableArrayList();
    private final ObservableList<Event> queueView = FXCollections.unmodifiableObservableList(queue);
    private final ReadOnlyObjectWrapper<Event> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");

    public ReviewQueueModel(CurationSession session) {
        this.session = Objects.requireNonNull(session, "session");
        session.addListener(this::refresh);
        refresh();
    }

    /** The proposed events, chronological. */
    public ObservableList<Event> queue() {
        return queueView;
    }

    /** The event on show, or null when nothing is left to review. */
    public ReadOnlyObjectProperty<Event> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Event getCurrent() {
        return current.get();
    }

    /** Position of the current event in the queue, or -1. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** "3 of 12 to review · 5 reviewed" and the like. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public CurationSession session() {
        return session;
    }

    public void accept() {
        Event e = current.get();
        if (e != null) {
            session.accept(e.id());
        }
    }

    public void reject() {
        Event e = current.get();
        if (e != null) {
            session.reject(e.id());
        }
    }

    public void next() {
        moveTo(index.get() + 1);
    }

    public void previous() {
        moveTo(index.get() - 1);
    }

    /** Shows a given event of the queue (e.g. one selected elsewhere); ignored when it is not in the queue. */
    public void show(String eventId) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).id().equals(eventId)) {
                moveTo(i);
                return;
            }
        }
    }

    /** Rebuilds the queue from the session, keeping the current event, or its position once it left the queue. */
    public void refresh() {
        CuratedModel curated = session.curated();
        List<Event> proposed = curated.eventsIn(ReviewState.PROPOSED);
        Event was = current.get();
        int oldIndex = index.get();
        queue.setAll(proposed);
        int newIndex = -1;
        if (was != null) {
            for (int i = 0; i < proposed.size(); i++) {
                if (proposed.get(i).id().equals(was.id())) {
                    newIndex = i;
                    break;
                }
            }
        }
        if (newIndex < 0) {
            // The event on show was decided: what followed it moved up into its place.
            newIndex = proposed.isEmpty() ? -1 : Math.max(0, Math.min(oldIndex, proposed.size() - 1));
        }
        set(newIndex);
        int total = curated.model().events().size();
        int reviewed = total - proposed.size();
        progress.set(proposed.isEmpty()
                ? "Nothing left to review · " + reviewed + " of " + total + " reviewed"
                : (index.get() + 1) + " of " + proposed.size() + " to review · " + reviewed + " of " + total
                + " reviewed");
    }

    private void moveTo(int i) {
        if (i >= 0 && i < queue.size()) {
            set(i);
            refreshProgressOnly();
        }
    }

    private void refreshProgressOnly() {
        int total = session.curated().model().events().size();
        int reviewed = total - queue.size();
        progress.set((index.get() + 1) + " of " + queue.size() + " to review · " + reviewed + " of " + total
                + " reviewed");
    }

    private void set(int i) {
        index.set(i);
        current.set(i < 0 ? null : queue.get(i));
    }
}
