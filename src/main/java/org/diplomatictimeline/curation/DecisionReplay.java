package org.diplomatictimeline.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;

/** Replays decisions, in order, over one extraction; one instance per replay. */
final class DecisionReplay {

    private final EventModel extracted;
    private final DocumentHashes hashes;
    private final EventMatcher matcher;
    private final Map<String, Event> events = new LinkedHashMap<>();
    /** Document id to the ids of events with evidence in it: every match tier stays within one document. */
    private final Map<String, Set<String>> byDocument = new HashMap<>();
    private final Map<String, ReviewState> states = new HashMap<>();
    private final Map<String, List<String>> notes = new HashMap<>();
    private final List<CurationConflict> conflicts = new ArrayList<>();

    DecisionReplay(EventModel extracted, DocumentHashes hashes) {
        this(extracted, hashes, true);
    }

    private void put(Event e) {
        Event old = events.put(e.id(), e);
        if (old != null) {
            unindex(old);
        }
        for (Evidence ev : e.evidence()) {
            byDocument.computeIfAbsent(ev.documentId(), k -> new LinkedHashSet<>()).add(e.id());
        }
    }

    private void remove(Event e) {
        events.remove(e.id());
        unindex(e);
    }

    private void unindex(Event e) {
        for (Evidence ev : e.evidence()) {
            Set<String> ids = byDocument.get(ev.documentId());
            if (ids != null) {
                ids.remove(e.id());
            }
        }
    }

    /** The events that could match a reference: those sharing a document with one of its anchors. */
    private List<Event> candidates(EventRef ref) {
        Set<String> ids = new LinkedHashSet<>();
        for (EvidenceAnchor a : ref.anchors()) {
            ids.addAll(byDocument.getOrDefault(a.documentId(), Set.of()));
        }
        List<Event> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(events.get(id));
        }
        return result;
    }

    CuratedModel run(List<Decision> decisions) {
        applyAll(decisions);
        return result();
    }

    /** Applies decisions in order, on top of those already applied. */
    void applyAll(List<Decision> decisions) {
        for (Decision d : decisions) {
            apply(d);
        }
    }

    /** An independent copy of the state so far, to apply further decisions to without touching this one. */
    DecisionReplay copy() {
        DecisionReplay c = new DecisionReplay(extracted, hashes, false);
        c.events.putAll(events);
        byDocument.forEach((doc, ids) -> c.byDocument.put(doc, new LinkedHashSet<>(ids)));
        c.states.putAll(states);
        notes.forEach((id, list) -> c.notes.put(id, new ArrayList<>(list)));
        c.conflicts.addAll(conflicts);
        return c;
    }

    private DecisionReplay(EventModel extracted, DocumentHashes hashes, boolean load) {
        this.extracted = extracted;
        this.hashes = hashes;
        this.matcher = new EventMatcher(hashes);
        if (load) {
            for (Event e : extracted.events()) {
                put(e);
            }
        }
    }

    /** The curated model of the state so far. */
    CuratedModel result() {
        Map<String, List<String>> frozenNotes = new HashMap<>();
        notes.forEach((id, list) -> frozenNotes.put(id, List.copyOf(list)));
        return new CuratedModel(new EventModel(extracted.documents(), List.copyOf(events.values())), states,
                frozenNotes, conflicts);
    }

    private void apply(Decision original) {
        Decision decision = original.withAnchors(this::followRenamedDocument);
        // Java 17 has no pattern switch; the chain is exhaustive over the sealed interface.
        if (decision instanceof Decision.Accept a) {
            resolve(a, a.target()).ifPresent(e -> states.put(e.id(), ReviewState.ACCEPTED));
        } else if (decision instanceof Decision.Reject r) {
            resolve(r, r.target()).ifPresent(e -> states.put(e.id(), ReviewState.REJECTED));
        } else if (decision instanceof Decision.Edit edit) {
            resolve(edit, edit.target()).ifPresent(e -> replace(edit(e, edit.edit())));
        } else if (decision instanceof Decision.Note note) {
            resolve(note, note.target())
                    .ifPresent(e -> notes.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(note.text()));
        } else if (decision instanceof Decision.AddEvidence add) {
            addEvidence(add);
        } else if (decision instanceof Decision.RemoveEvidence remove) {
            removeEvidence(remove);
        } else if (decision instanceof Decision.CreateEvent create) {
            create(create);
        } else if (decision instanceof Decision.Merge merge) {
            merge(merge);
        } else if (decision instanceof Decision.Split split) {
            split(split);
        } else {
            throw new IllegalStateException("unknown decision " + decision);
        }
    }

    private static Event edit(Event e, Decision.FieldEdit edit) {
        if (edit instanceof Decision.Title t) {
            return e.withTitle(t.title());
        } else if (edit instanceof Decision.Type t) {
            return e.withType(t.type());
        } else if (edit instanceof Decision.Status s) {
            return e.withStatus(s.status());
        } else if (edit instanceof Decision.When w) {
            return e.withWhen(w.when());
        } else if (edit instanceof Decision.Where w) {
            return e.withPlace(w.place());
        } else if (edit instanceof Decision.Participants p) {
            return e.withParticipants(p.participants());
        } else if (edit instanceof Decision.Topics t) {
            return e.withTopics(t.topics());
        }
        throw new IllegalStateException("unknown field edit " + edit);
    }

    private void replace(Event edited) {
        put(edited);
        states.put(edited.id(), ReviewState.EDITED);
    }

    private void addEvidence(Decision.AddEvidence add) {
        if (!documentPresent(add, add.anchor())) {
            return;
        }
        resolve(add, add.target()).ifPresent(e -> {
            if (matcher.locate(add.anchor(), e).filter(add.anchor()::sameSpan).isPresent()) {
                return; // already there: adding twice changes nothing
            }
            List<Evidence> evidence = new ArrayList<>(e.evidence());
            evidence.add(add.anchor().toEvidence());
            replace(e.withEvidence(evidence));
        });
    }

    private void removeEvidence(Decision.RemoveEvidence remove) {
        resolve(remove, remove.target()).ifPresent(e -> {
            Optional<Evidence> found = matcher.locate(remove.anchor(), e);
            if (found.isEmpty()) {
                conflict(remove, CurationConflict.Reason.NOT_APPLICABLE,
                        "the evidence to remove is no longer part of \"" + e.title() + "\"", List.of(e.id()));
                return;
            }
            if (e.evidence().size() == 1) {
                conflict(remove, CurationConflict.Reason.NOT_APPLICABLE,
                        "it is the last evidence of \"" + e.title() + "\"; reject the event instead", List.of(e.id()));
                return;
            }
            List<Evidence> evidence = new ArrayList<>(e.evidence());
            evidence.remove(found.get());
            replace(e.withEvidence(evidence));
        });
    }

    private void create(Decision.CreateEvent create) {
        if (!documentPresent(create, create.anchor())) {
            return;
        }
        Event event = new Event(create.eventId(), create.title(), create.type(), create.status(), create.when(),
                null, List.of(), List.of(), List.of(create.anchor().toEvidence()), 1.0);
        put(event);
        states.put(event.id(), ReviewState.ACCEPTED);
    }

    private void merge(Decision.Merge merge) {
        Optional<Event> into = resolve(merge, merge.into());
        Optional<Event> from = resolve(merge, merge.from());
        if (into.isEmpty() || from.isEmpty()) {
            return;
        }
        Event a = into.get();
        Event b = from.get();
        if (a.id().equals(b.id())) {
            conflict(merge, CurationConflict.Reason.NOT_APPLICABLE,
                    "both sides now name the same event \"" + a.title() + "\"", List.of(a.id()));
            return;
        }
        List<Evidence> united = new ArrayList<>(a.evidence());
        for (Evidence e : b.evidence()) {
            if (!united.contains(e)) {
                united.add(e);
            }
        }
        remove(b);
        states.remove(b.id());
        List<String> movedNotes = notes.remove(b.id());
        if (movedNotes != null) {
            notes.computeIfAbsent(a.id(), k -> new ArrayList<>()).addAll(movedNotes);
        }
        List<Participant> participants = new ArrayList<>(a.participants());
        for (Participant p : b.participants()) {
            if (participants.stream().noneMatch(q -> q.id().equals(p.id()))) {
                participants.add(p);
            }
        }
        // the absorbed event's place fills a gap, never overrides the place the kept event has
        Place place = a.place() != null ? a.place() : b.place();
        replace(a.withEvidence(united).withParticipants(participants).withPlace(place));
    }

    private void split(Decision.Split split) {
        resolve(split, split.target()).ifPresent(e -> {
            List<Evidence> moved = new ArrayList<>();
            for (EvidenceAnchor anchor : split.moved()) {
                Optional<Evidence> found = matcher.locate(anchor, e);
                if (found.isEmpty()) {
                    conflict(split, CurationConflict.Reason.NOT_APPLICABLE,
                            "evidence \"" + anchor.text() + "\" is no longer part of \"" + e.title() + "\"",
                            List.of(e.id()));
                    return;
                }
                if (!moved.contains(found.get())) {
                    moved.add(found.get());
                }
            }
            List<Evidence> kept = new ArrayList<>(e.evidence());
            kept.removeAll(moved);
            if (kept.isEmpty()) {
                conflict(split, CurationConflict.Reason.NOT_APPLICABLE,
                        "the split would move all evidence of \"" + e.title() + "\"", List.of(e.id()));
                return;
            }
            replace(e.withEvidence(kept));
            Event second = e.withId(split.newEventId()).withTitle(split.newTitle()).withEvidence(moved);
            put(second);
            states.put(second.id(), ReviewState.EDITED);
        });
    }

    /**
     * An anchor into a document that is no longer in the corpus under its id, moved to the one document whose text
     * has the same hash (the file was renamed or re-numbered); unchanged otherwise.
     */
    private EvidenceAnchor followRenamedDocument(EvidenceAnchor anchor) {
        if (anchor.contentHash().isEmpty() || extracted.document(anchor.documentId()).isPresent()) {
            return anchor;
        }
        String match = null;
        for (Map.Entry<String, String> e : hashes.byDocumentId().entrySet()) {
            if (e.getValue().equals(anchor.contentHash())) {
                if (match != null) {
                    return anchor; // two documents with that text: which one is a guess
                }
                match = e.getKey();
            }
        }
        return match == null ? anchor : anchor.withDocumentId(match);
    }

    private boolean documentPresent(Decision decision, EvidenceAnchor anchor) {
        if (extracted.document(anchor.documentId()).isPresent()) {
            return true;
        }
        conflict(decision, CurationConflict.Reason.DOCUMENT_MISSING,
                "document " + anchor.documentId() + " is no longer in the corpus", List.of());
        return false;
    }

    private Optional<Event> resolve(Decision decision, EventRef ref) {
        EventMatcher.Match match = matcher.find(ref, candidates(ref));
        if (match instanceof EventMatcher.Found f) {
            return Optional.of(f.event());
        }
        if (match instanceof EventMatcher.Ambiguous a) {
            conflict(decision, CurationConflict.Reason.AMBIGUOUS,
                    a.candidates().size() + " events now carry the evidence of \"" + ref.titleHint() + "\"",
                    a.candidates().stream().map(Event::id).toList());
        } else {
            conflict(decision, CurationConflict.Reason.EVENT_NOT_FOUND,
                    "no event carries the evidence of \"" + ref.titleHint() + "\" any more", List.of());
        }
        return Optional.empty();
    }

    private void conflict(Decision decision, CurationConflict.Reason reason, String message, List<String> ids) {
        conflicts.add(new CurationConflict(decision, reason, decision.describe() + ": " + message, ids));
    }
}
