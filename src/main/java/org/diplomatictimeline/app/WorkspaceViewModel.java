package org.diplomatictimeline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.brief.KeyEventSelector;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.LoadProblem;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;

/**
 * The state the main window shows: the extraction a load returned, the workspace shown of it (through the
 * registered {@link WorkspaceStage}, curated), the filter, the key-event choice, the events that pass them, and
 * the selection.
 *
 * <p>Every view binds to this one object, so the timeline, the list and the source view can never disagree about
 * what is visible or selected. A load sets the shown workspace once and filters once.
 */
public final class WorkspaceViewModel {

    private final ReadOnlyObjectWrapper<Workspace> extraction =
            new ReadOnlyObjectWrapper<>(this, "extraction", Workspace.empty());
    private final ReadOnlyObjectWrapper<Workspace> workspace =
            new ReadOnlyObjectWrapper<>(this, "workspace", extraction.get());
    private WorkspaceStage stage = WorkspaceStage.NONE;
    /** Set while a new workspace is being shown: its listeners may touch the filter, which then filters once. */
    private boolean showing;
    /** Set from setting a new workspace until its visible events are filtered: views wait for the count below. */
    private boolean settling;
    private final ReadOnlyIntegerWrapper workspacesShown = new ReadOnlyIntegerWrapper(this, "workspacesShown");
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
    private final ObjectProperty<Function<Event, String>> reviewState =
            new SimpleObjectProperty<>(this, "reviewState");
    private final ObservableSet<String> hiddenReviewStates = FXCollections.observableSet();
    private final ObservableList<Event> filteredEvents = FXCollections.observableArrayList();
    private final ObservableList<Event> filteredEventsView = FXCollections.unmodifiableObservableList(filteredEvents);
    private final ObjectProperty<KeyEventsChoice> keyEvents =
            new SimpleObjectProperty<>(this, "keyEvents", KeyEventsChoice.OFF);
    private final ObjectProperty<DateSpan> keyWindow = new SimpleObjectProperty<>(this, "keyWindow");
    private final ReadOnlyObjectWrapper<KeyEventSelector.Selection> keySelection =
            new ReadOnlyObjectWrapper<>(this, "keySelection");
    private final ReadOnlyObjectWrapper<Set<String>> keyEventIds = new ReadOnlyObjectWrapper<>(this, "keyEventIds", Set.of());
    private KeyEventSelector selector;

    public WorkspaceViewModel() {
        filter.addListener((obs, old, now) -> refilterUnlessShowing());
        reviewState.addListener((obs, old, now) -> refilterUnlessShowing());
        hiddenReviewStates.addListener((SetChangeListener<String>) c -> refilterUnlessShowing());
        keyEvents.addListener((obs, old, now) -> refilterUnlessShowing());
        keyWindow.addListener((obs, old, now) -> {
            if (keyEvents.get().active() && !showing) {
                refilter(true);
            }
        });
    }

    /**
     * Review-state labels whose events stay out of view while the Review facet has no choice (curation hides
     * "rejected" unless asked); once the facet has a choice, it alone decides.
     */
    public ObservableSet<String> hiddenReviewStates() {
        return hiddenReviewStates;
    }

    /** Registers the step that turns each extraction into the workspace shown; the next load goes through it. */
    public void setStage(WorkspaceStage stage) {
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** Shows the current extraction through the stage again, because what the stage makes of it has changed. */
    public void restage() {
        show(stage.apply(extraction.get()));
    }

    /** The Key events control's choice; the visible events and every output follow it. */
    public ObjectProperty<KeyEventsChoice> keyEventsProperty() {
        return keyEvents;
    }

    /** The days the key events are chosen in (the timeline's window), or null for the whole corpus. */
    public ObjectProperty<DateSpan> keyWindowProperty() {
        return keyWindow;
    }

    /** The current key-event selection, or null when the control is off. */
    public ReadOnlyObjectProperty<KeyEventSelector.Selection> keySelectionProperty() {
        return keySelection.getReadOnlyProperty();
    }

    /** The ids of the key events now chosen; empty when the control is off. */
    public ReadOnlyObjectProperty<Set<String>> keyEventIdsProperty() {
        return keyEventIds.getReadOnlyProperty();
    }

    /**
     * The chronology request every output uses for the current state: the control's choice over its window, or
     * when the control is off a length that suits the whole span (what `chronology` does without options).
     */
    public ChronologyRequest chronologyRequest() {
        String label = ChronologyExport.describe(filter.get());
        KeyEventsChoice k = keyEvents.get();
        return k.active() ? k.request(keyWindow.get(), label) : new ChronologyRequest(null, null, null, null, label);
    }

    /** The events that pass the filter, before the Key events control keeps only its choice; read-only. */
    public ObservableList<Event> filteredEvents() {
        return filteredEventsView;
    }

    /** The one selection rule of the loaded workspace (made once per workspace). */
    public KeyEventSelector keyEventSelector() {
        if (selector == null) {
            Workspace w = workspace.get();
            selector = new KeyEventSelector(w.model(), EventModelJson.outlets(w.corpus(), w.model()));
        }
        return selector;
    }

    /** The review-state labels the Review filter offers; empty when nothing curates (the facet then hides). */
    public ObservableList<String> reviewStates() {
        return reviewStates;
    }

    /** Reads an event's review-state label, for the Review filter; null when nothing curates. */
    public ObjectProperty<Function<Event, String>> reviewStateProperty() {
        return reviewState;
    }

    /** The review-state label of an event, or null when nothing curates. */
    public String reviewStateOf(Event event) {
        Function<Event, String> f = reviewState.get();
        return f == null ? null : f.apply(event);
    }

    /**
     * Takes what a load extracted and shows it through the stage, setting the shown workspace once; the selection
     * survives if its event still exists.
     */
    public void setWorkspace(Workspace loaded) {
        Objects.requireNonNull(loaded, "loaded");
        partial.set(false);
        extraction.set(loaded);
        show(stage.apply(loaded));
    }

    /**
     * Shows the events of a load still running (the articles done so far), not through the stage: listeners of the
     * workspace see it with {@link #partialProperty()} true, so work meant for a finished load (curation, timings)
     * waits for it.
     */
    public void showPartial(Workspace soFar) {
        Objects.requireNonNull(soFar, "soFar");
        partial.set(true);
        show(soFar);
    }

    /** True while the workspace shown is a partial one of a load still running. */
    public ReadOnlyBooleanProperty partialProperty() {
        return partial.getReadOnlyProperty();
    }

    public boolean isPartial() {
        return partial.get();
    }

    private void show(Workspace shown) {
        Objects.requireNonNull(shown, "the stage's workspace");
        settling = true;
        try {
            showing = true;
            try {
                selector = null;
                workspace.set(shown);
                problems.setAll(shown.corpus().problems());
            } finally {
                showing = false;
            }
            refilter();
        } finally {
            settling = false;
        }
        workspacesShown.set(workspacesShown.get() + 1);
    }

    /**
     * Counts the workspaces shown; it changes once per workspace, after its visible events are filtered, so a view
     * that builds from both (the source view) builds once rather than for the workspace and again for its events.
     */
    public ReadOnlyIntegerProperty workspacesShownProperty() {
        return workspacesShown.getReadOnlyProperty();
    }

    /** True while a new workspace is being set and filtered: {@link #workspacesShownProperty()} changes next. */
    public boolean isSettling() {
        return settling;
    }

    /** The workspace shown: the extraction with what the stage applied (the analyst's decisions). */
    public Workspace getWorkspace() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** The extraction as the last load returned it, before the stage. */
    public ReadOnlyObjectProperty<Workspace> extractionProperty() {
        return extraction.getReadOnlyProperty();
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

    private void refilterUnlessShowing() {
        if (!showing) {
            refilter();
        }
    }

    /** True when both hold the same event objects in the same order: then the views need not rebuild. */
    static boolean sameEvents(List<Event> a, List<Event> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void refilter() {
        refilter(false);
    }

    /** @param windowMoved only the key window changed: views are told only if what they show changed */
    private void refilter(boolean windowMoved) {
        EventFilter f = filter.get();
        List<Event> passing = model().events().stream().filter(e -> f.test(e) && passesReview(f, e)).toList();
        filteredEvents.setAll(passing);
        KeyEventsChoice k = keyEvents.get();
        KeyEventSelector.Selection chosen = k.active() ? keyEventSelector().select(passing, chronologyRequest()) : null;
        Set<String> ids = chosen == null ? Set.of() : chosen.eventIds();
        if (k.show() == KeyEventsChoice.Show.ONLY) {
            passing = passing.stream().filter(e -> ids.contains(e.id())).toList();
        }
        keySelection.set(chosen);
        keyEventIds.set(ids);
        if (!windowMoved || !sameEvents(visibleEvents, passing)) {
            visibleEvents.setAll(passing);
        }
        visibleCount.set(passing.size());
        Event selected = selection.getSelected();
        if (selected != null) {
            int index = EventSelection.indexOf(passing, selected);
            selection.select(index < 0 ? null : passing.get(index));
        }
    }

    private boolean passesReview(EventFilter f, Event e) {
        if (f.reviews().isEmpty()) {
            return hiddenReviewStates.isEmpty() || !hiddenReviewStates.contains(reviewStateOf(e));
        }
        return f.passesReview(reviewStateOf(e));
    }
}
