package org.diplomatictimeline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;

/**
 * The state the main window shows: the loaded workspace, the filter, the events that pass it, and the selection.
 *
 * <p>Every view binds to this one object, so the timeline, the list and the source view can never disagree about
 * what is visible or selected.
 */
public final class WorkspaceViewModel {

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace", Workspace.empty());
    private final ReadOnlyBooleanWrapper partial = new ReadOnlyBooleanWrapper(this, "partial");
    private final BooleanProperty skipDuplicates = new SimpleBooleanProperty(this, "skipDuplicates", true);
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObservableList<Event> visibleEvents = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    // One read-only wrapper each, kept: a wrapper made per call holds its listeners weakly and can be collected.
    private final ObservableList<Event> visibleEventsView = FXCollections.unmodifiableObservableList(visibleEvents);
    private final ObservableList<LoadProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount");
    private final EventSelection selection = new EventSelection();
    // Review states come from curation, which this layer does not know: the curating side tells the labels to offer
    // and how to read an event's state.
    private final ObservableList<String> reviewStates = FXCollections.observableArrayList();
    private final ObjectProperty<java.util.function.Function<Event, String>> reviewState =
            new SimpleObjectProperty<>(this, "reviewState");

    public WorkspaceViewModel() {
        filter.addListener((obs, old, now) -> refilter());
        reviewState.addListener((obs, old, now) -> refilter());
    }

    /** The review-state labels the Review filter offers; empty when nothing curates (the facet then hides). */
    public ObservableList<String> reviewStates() {
        return reviewStates;
    }

    /** Reads an event's review-state label, for the Review filter; null when nothing curates. */
    public ObjectProperty<java.util.function.Function<Event, String>> reviewStateProperty() {
        return reviewState;
    }

    /** The review-state label of an event, or null when nothing curates. */
    public String reviewStateOf(Event event) {
        java.util.function.Function<Event, String> f = reviewState.get();
        return f == null ? null : f.apply(event);
    }

    /** Shows a freshly loaded workspace; the selection survives if its event still exists. */
    public void setWorkspace(Workspace loaded) {
        Objects.requireNonNull(loaded, "loaded");
        partial.set(false);
        workspace.set(loaded);
        problems.setAll(loaded.corpus().problems());
        refilter();
    }

    /**
     * Shows the events of a load still running (the articles done so far); listeners of the workspace see it with
     * {@link #partialProperty()} true, so work meant for a finished load (curation, timings) can wait for it.
     */
    public void showPartial(Workspace soFar) {
        Objects.requireNonNull(soFar, "soFar");
        partial.set(true);
        workspace.set(soFar);
        problems.setAll(soFar.corpus().problems());
        refilter();
    }

    /** True while the workspace shown is a partial one of a load still running. */
    public ReadOnlyBooleanProperty partialProperty() {
        return partial.getReadOnlyProperty();
    }

    public boolean isPartial() {
        return partial.get();
    }

    public Workspace getWorkspace() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public EventModel model() {
        return workspace.get().model();
    }

    /** Whether loads leave out articles that are copies of others (the copies are named either way). */
    public BooleanProperty skipDuplicatesProperty() {
        return skipDuplicates;
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    /** The events that pass the filter, chronological (undated last); read-only for views. */
    public ObservableList<Event> visibleEvents() {
        return visibleEventsView;
    }

    public ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    /** Files that failed to load or loaded with a warning. */
    public ObservableList<LoadProblem> problems() {
        return problemsView;
    }

    public EventSelection selection() {
        return selection;
    }

    public Optional<Document> document(String id) {
        return workspace.get().corpus().document(id);
    }

    /** The visible events with evidence in the document, for the source view's highlights. */
    public List<Event> visibleEventsIn(String documentId) {
        List<Event> result = new ArrayList<>();
        for (Event e : visibleEvents) {
            if (e.evidence().stream().anyMatch(ev -> ev.documentId().equals(documentId))) {
                result.add(e);
            }
        }
        return result;
    }

    private void refilter() {
        EventFilter f = filter.get();
        List<Event> passing = model().events().stream()
                .filter(e -> f.test(e) && (f.reviews().isEmpty() || f.passesReview(reviewStateOf(e)))).toList();
        visibleEvents.setAll(passing);
        visibleCount.set(passing.size());
        Event selected = selection.getSelected();
        if (selected != null) {
            int index = EventSelection.indexOf(passing, selected);
            selection.select(index < 0 ? null : passing.get(index));
        }
    }
}
