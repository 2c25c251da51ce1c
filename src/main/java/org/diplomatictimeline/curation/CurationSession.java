package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;

/**
 * One analyst's working session: the latest extraction, the decisions over it with undo and redo, and the
 * curated result; the actions a user interface calls, each turned into a decision.
 *
 * <p>Not thread-safe: call it from one thread (the FX thread in the app).
 */
public final class CurationSession {

    private final UndoHistory history;
    private final Supplier<String> ids;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private EventModel extracted;
    private DocumentHashes hashes;
    private Curation cachedFor;
    private CuratedModel cached;
    /** The replay state behind {@link #cached}, so one new decision is applied on top instead of replaying all. */
    private DecisionReplay cachedReplay;

    /** A session with random decision ids. */
    public CurationSession(EventModel extracted, DocumentHashes hashes, Curation initial) {
        this(extracted, hashes, initial, () -> UUID.randomUUID().toString());
    }

    /** A session whose decision ids come from {@code ids} (tests use a counter). */
    public CurationSession(EventModel extracted, DocumentHashes hashes, Curation initial, Supplier<String> ids) {
        this.extracted = Objects.requireNonNull(extracted, "extracted");
        this.hashes = Objects.requireNonNull(hashes, "hashes");
        this.history = new UndoHistory(initial);
        this.ids = Objects.requireNonNull(ids, "ids");
        history.addListener(() -> listeners.forEach(Runnable::run));
    }

    public UndoHistory history() {
        return history;
    }

    public Curation curation() {
        return history.current();
    }

    public EventModel extracted() {
        return extracted;
    }

    public DocumentHashes hashes() {
        return hashes;
    }

    /** The extraction with all decisions applied; recomputed only when decisions or extraction changed. */
    public CuratedModel curated() {
        Curation now = history.current();
        if (cached != null && cachedFor == now) {
            return cached;
        }
        DecisionReplay replay;
        if (cached != null && extendsByOne(cachedFor, now)) {
            replay = cachedReplay.copy();
            replay.applyAll(now.decisions().subList(now.decisions().size() - 1, now.decisions().size()));
        } else {
            replay = new DecisionReplay(extracted, hashes);
            replay.applyAll(now.decisions());
        }
        cachedReplay = replay;
        cached = replay.result();
        cachedFor = now;
        return cached;
    }

    /**
     * Puts a fresh extraction under the decisions (new documents, a better extractor); the decisions stay and
     * re-attach, and what cannot attach shows in {@link CuratedModel#conflicts()}.
     */
    public void replaceExtraction(EventModel newExtraction, DocumentHashes newHashes) {
        this.extracted = Objects.requireNonNull(newExtraction, "newExtraction");
        this.hashes = Objects.requireNonNull(newHashes, "newHashes");
        this.cached = null;
        this.cachedReplay = null;
        listeners.forEach(Runnable::run);
    }

    /** Called after every change of the curated result: a decision, an undo or redo, a new extraction. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void accept(String eventId) {
        record(new Decision.Accept(ids.get(), ref(eventId)));
    }

    public void reject(String eventId) {
        record(new Decision.Reject(ids.get(), ref(eventId)));
    }

    public void editTitle(String eventId, String title) {
        edit(eventId, new Decision.Title(title));
    }

    public void editType(String eventId, EventType type) {
        edit(eventId, new Decision.Type(type));
    }

    public void editStatus(String eventId, EventStatus status) {
        edit(eventId, new Decision.Status(status));
    }

    public void editDate(String eventId, EventDate when) {
        edit(eventId, new Decision.When(when));
    }

    /** Sets the place, or clears it with null. */
    public void editPlace(String eventId, Place place) {
        edit(eventId, new Decision.Where(place));
    }

    public void editParticipants(String eventId, List<Participant> participants) {
        edit(eventId, new Decision.Participants(participants));
    }

    public void editTopics(String eventId, List<String> topics) {
        edit(eventId, new Decision.Topics(topics));
    }

    /**
     * Records several field edits of one event as a single undoable step (the editor's Apply); each edit stays a
     * decision of its own. Nothing is recorded for an empty list.
     */
    public void editAll(String eventId, List<Decision.FieldEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        EventRef target = ref(eventId);
        List<Decision> decisions = edits.stream()
                .<Decision>map(edit -> new Decision.Edit(ids.get(), target, edit)).toList();
        String description = decisions.size() == 1 ? decisions.get(0).describe()
                : "Edit " + String.join(", ", edits.stream().map(Decision.FieldEdit::fieldName).toList())
                + " of \"" + target.titleHint() + "\"";
        history.execute(new CurationCommand.RecordAll(decisions, description));
    }

    /** Records any field edit. */
    public void edit(String eventId, Decision.FieldEdit edit) {
        record(new Decision.Edit(ids.get(), ref(eventId), edit));
    }

    public void addEvidence(String eventId, Evidence selection) {
        record(new Decision.AddEvidence(ids.get(), ref(eventId), anchor(selection)));
    }

    /** Removes a span of an event's evidence; refuses to remove its last one. */
    public void removeEvidence(String eventId, Evidence evidence) {
        Event event = event(eventId);
        if (!event.evidence().contains(evidence)) {
            throw new IllegalArgumentException("not evidence of " + eventId + ": " + evidence);
        }
        if (event.evidence().size() == 1) {
            throw new IllegalArgumentException("cannot remove the last evidence of an event; reject it instead");
        }
        record(new Decision.RemoveEvidence(ids.get(), ref(eventId), anchor(evidence)));
    }

    /** Creates an event from a text selection; returns the new event's id. */
    public String createEvent(Evidence selection, String title, EventType type, EventStatus status, EventDate when) {
        Decision.CreateEvent create = new Decision.CreateEvent(ids.get(), anchor(selection), title, type, status, when);
        record(create);
        return create.eventId();
    }

    /** Merges {@code fromId} into {@code intoId}: evidence united, {@code fromId} gone. */
    public void merge(String intoId, String fromId) {
        if (intoId.equals(fromId)) {
            throw new IllegalArgumentException("cannot merge an event with itself");
        }
        record(new Decision.Merge(ids.get(), ref(intoId), ref(fromId)));
    }

    /** Moves some evidence of an event into a new event; returns the new event's id. */
    public String split(String eventId, List<Evidence> moved, String newTitle) {
        Event event = event(eventId);
        if (moved.isEmpty() || !event.evidence().containsAll(moved) || moved.containsAll(event.evidence())) {
            throw new IllegalArgumentException("a split must move some, but not all, of the event's evidence");
        }
        Decision.Split split = new Decision.Split(ids.get(), ref(eventId),
                moved.stream().map(this::anchor).toList(), newTitle);
        record(split);
        return split.newEventId();
    }

    public void note(String eventId, String text) {
        record(new Decision.Note(ids.get(), ref(eventId), text));
    }

    /** Withdraws a decision (e.g. one in conflict); undoable like everything else. */
    public void withdraw(String decisionId) {
        Curation now = history.current();
        Decision d = now.decision(decisionId)
                .orElseThrow(() -> new IllegalArgumentException("no decision " + decisionId));
        history.execute(new CurationCommand.Withdraw(d, now.indexOf(decisionId)));
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    /** True when {@code next} is {@code before} plus one decision at the end (the usual case of a new action). */
    private static boolean extendsByOne(Curation before, Curation next) {
        List<Decision> a = before.decisions();
        List<Decision> b = next.decisions();
        if (b.size() != a.size() + 1) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void record(Decision decision) {
        history.execute(new CurationCommand.Record(decision));
    }

    private Event event(String eventId) {
        return curated().model().event(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
    }

    private EventRef ref(String eventId) {
        return EventRef.of(event(eventId), hashes);
    }

    private EvidenceAnchor anchor(Evidence evidence) {
        return EvidenceAnchor.of(evidence, hashes.hashOf(evidence.documentId()));
    }
}
