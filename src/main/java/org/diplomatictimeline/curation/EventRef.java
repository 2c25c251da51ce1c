package org.diplomatictimeline.curation;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;

/**
 * Which event a decision is about, named by its evidence spans rather than by its volatile id.
 *
 * @param anchors   the event's evidence when the decision was made; never empty
 * @param titleHint the event's title then, used only to break ties between events sharing evidence
 * @param typeHint  the event's type then, used the same way
 */
public record EventRef(List<EvidenceAnchor> anchors, String titleHint, EventType typeHint) {

    public EventRef {
        anchors = List.copyOf(anchors);
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("an event reference needs at least one evidence span");
        }
        titleHint = titleHint == null ? "" : titleHint;
        Objects.requireNonNull(typeHint, "typeHint");
    }

    /** This reference with every anchor passed through {@code f}. */
    public EventRef map(UnaryOperator<EvidenceAnchor> f) {
        return new EventRef(anchors.stream().map(f).toList(), titleHint, typeHint);
    }

    /** The reference to an event as it is now; {@code hashes} maps document ids to text hashes. */
    public static EventRef of(Event event, DocumentHashes hashes) {
        return new EventRef(event.evidence().stream()
                .map(e -> EvidenceAnchor.of(e, hashes.hashOf(e.documentId())))
                .toList(), event.title(), event.type());
    }
}
