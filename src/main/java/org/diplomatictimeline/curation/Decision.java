package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;

/**
 * One thing the analyst decided about the extracted events; replayed in order over every fresh extraction.
 *
 * <p>Each decision names its events by {@link EventRef} (evidence spans), never by event id, so it finds its
 * event again after re-extraction, or becomes a visible {@link CurationConflict}.
 */
public sealed interface Decision {

    /** Unique id of the decision; events the decision creates derive their ids from it. */
    String id();

    /** The events this decision needs to find, in order. */
    List<EventRef> targets();

    /** A short human description for undo menus and conflict lists. */
    String describe();

    /** This decision with every evidence anchor passed through {@code f} (used to follow a renamed document). */
    Decision withAnchors(UnaryOperator<EvidenceAnchor> f);

    private static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank decision id");
        }
        return id;
    }

    /** The event is right as it stands. */
    record Accept(String id, EventRef target) implements Decision {
        public Accept {
            checkId(id);
            Objects.requireNonNull(target, "target");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(target);
        }

        @Override
        public String describe() {
            return "Accept \"" + target.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new Accept(id, target.map(f));
        }
    }

    /** The event is wrong and should not count. */
    record Reject(String id, EventRef target) implements Decision {
        public Reject {
            checkId(id);
            Objects.requireNonNull(target, "target");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(target);
        }

        @Override
        public String describe() {
            return "Reject \"" + target.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new Reject(id, target.map(f));
        }
    }

    /** Change one field of an event. */
    record Edit(String id, EventRef target, FieldEdit edit) implements Decision {
        public Edit {
            checkId(id);
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(edit, "edit");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(target);
        }

        @Override
        public String describe() {
            return "Edit " + edit.fieldName() + " of \"" + target.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new Edit(id, target.map(f), edit);
        }
    }

    /** Add a span of source text to an event's evidence. */
    record AddEvidence(String id, EventRef target, EvidenceAnchor anchor) implements Decision {
        public AddEvidence {
            checkId(id);
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(target);
        }

        @Override
        public String describe() {
            return "Add evidence to \"" + target.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new AddEvidence(id, target.map(f), f.apply(anchor));
        }
    }

    /** Remove a span from an event's evidence (never its last one). */
    record RemoveEvidence(String id, EventRef target, EvidenceAnchor anchor) implements Decision {
        public RemoveEvidence {
            checkId(id);
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(target);
        }

        @Override
        public String describe() {
            return "Remove evidence from \"" + target.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new RemoveEvidence(id, target.map(f), f.apply(anchor));
        }
    }

    /** A new event the analyst made from a text selection the extractor missed. */
    record CreateEvent(String id, EvidenceAnchor anchor, String title, EventType type, EventStatus status,
                       EventDate when) implements Decision {
        public CreateEvent {
            checkId(id);
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(when, "when");
        }

        @Override
        public List<EventRef> targets() {
            return List.of();
        }

        @Override
        public String describe() {
            return "Create \"" + title + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new CreateEvent(id, f.apply(anchor), title, type, status, when);
        }

        /** The id of the event this decision creates. */
        public String eventId() {
            return "c-" + id;
        }
    }

    /** Two events are one: {@code from}'s evidence joins {@code into}, and {@code from} goes. */
    record Merge(String id, EventRef into, EventRef from) implements Decision {
        public Merge {
            checkId(id);
            Objects.requireNonNull(into, "into");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(into, from);
        }

        @Override
        public String describe() {
            return "Merge \"" + from.titleHint() + "\" into \"" + into.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new Merge(id, into.map(f), from.map(f));
        }
    }

    /** One event is two: the {@code moved} evidence becomes a new event titled {@code newTitle}. */
    record Split(String id, EventRef target, List<EvidenceAnchor> moved, String newTitle) implements Decision {
        public Split {
            checkId(id);
            Objects.requireNonNull(target, "target");
            moved = List.copyOf(moved);
            if (moved.isEmpty()) {
                throw new IllegalArgumentException("a split must move at least one evidence span");
            }
            Objects.requireNonNull(newTitle, "newTitle");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(target);
        }

        @Override
        public String describe() {
            return "Split \"" + target.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new Split(id, target.map(f), moved.stream().map(f).toList(), newTitle);
        }

        /** The id of the event the moved evidence forms. */
        public String newEventId() {
            return "c-" + id;
        }
    }

    /** A free-text note on an event. */
    record Note(String id, EventRef target, String text) implements Decision {
        public Note {
            checkId(id);
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<EventRef> targets() {
            return List.of(target);
        }

        @Override
        public String describe() {
            return "Note on \"" + target.titleHint() + "\"";
        }

        @Override
        public Decision withAnchors(UnaryOperator<EvidenceAnchor> f) {
            return new Note(id, target.map(f), text);
        }
    }

    /** A new value for one field of an event. */
    sealed interface FieldEdit {
        /** The field's name as shown to the user. */
        String fieldName();
    }

    /** New title. */
    record Title(String title) implements FieldEdit {
        public Title {
            Objects.requireNonNull(title, "title");
        }

        @Override
        public String fieldName() {
            return "title";
        }
    }

    /** New event type. */
    record Type(EventType type) implements FieldEdit {
        public Type {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String fieldName() {
            return "type";
        }
    }

    /** New status. */
    record Status(EventStatus status) implements FieldEdit {
        public Status {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String fieldName() {
            return "status";
        }
    }

    /** New date, at its precision. */
    record When(EventDate when) implements FieldEdit {
        public When {
            Objects.requireNonNull(when, "when");
        }

        @Override
        public String fieldName() {
            return "date";
        }
    }

    /** New place, or none when {@code place} is null. */
    record Where(Place place) implements FieldEdit {
        @Override
        public String fieldName() {
            return "place";
        }
    }

    /** New participants. */
    record Participants(List<Participant> participants) implements FieldEdit {
        public Participants {
            participants = List.copyOf(participants);
        }

        @Override
        public String fieldName() {
            return "participants";
        }
    }

    /** New topics. */
    record Topics(List<String> topics) implements FieldEdit {
        public Topics {
            topics = List.copyOf(topics);
        }

        @Override
        public String fieldName() {
            return "topics";
        }
    }
}
