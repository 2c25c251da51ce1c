package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * Keeps one document's event mentions an analyst can use: one statement per speaker and occasion (not one per quoted
 * sentence), and no event that names neither a party, a place, itself nor a date of its own.
 */
public final class MentionPruner {

    /** The mentions worth keeping, in their order; a speaker's later sentences become evidence of the first. */
    public List<EventMention> prune(List<EventMention> mentions) {
        Map<String, EventMention> statements = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (EventMention m : mentions) {
            if (m.type() == EventType.STATEMENT && institutionalSource(m, mentions)) {
                continue;
            }
            if (m.type() == EventType.STATEMENT) {
                // One speaker, one day: a headline's "X calls for" and the body's "X told reporters on Monday"
                String key = speaker(m) + "|" + m.when().value();
                EventMention first = statements.get(key);
                if (first == null) {
                    statements.put(key, m);
                    order.add(key);
                } else {
                    statements.put(key, withMoreEvidence(first, m));
                }
            } else if (named(m)) {
                order.add(m);
            }
        }
        List<EventMention> kept = new ArrayList<>();
        for (Object o : order) {
            kept.add(o instanceof String key ? statements.get(key) : (EventMention) o);
        }
        return kept;
    }

    /**
     * Whether the mention names something an analyst can place: a party, a place, its name, or a date of its own
     * sentence (stated, or read against the article's date even where that date was inferred).
     */
    static boolean named(EventMention m) {
        return m.type() == EventType.ANNIVERSARY || !m.participants().isEmpty() || !m.places().isEmpty()
                || !m.name().isBlank() || m.when().isKnown() && (m.when().basis() != DateBasis.INFERRED
                || m.when().reason().contains(EventDateResolver.AGAINST_INFERRED_ARTICLE_DATE));
    }

    /**
     * Whether a statement with no person speaking is only the source of another event its sentence reports for the
     * same day ("the two governments announced on Friday a trade deal"): the deal is the news. What a named person
     * says is his statement, and an announcement of something on another day ("announced on Monday that she will
     * visit in May") is news of its own.
     */
    static boolean institutionalSource(EventMention statement, List<EventMention> mentions) {
        if (statement.participants().stream().anyMatch(p -> p.kind() == ParticipantKind.PERSON)
                || !statement.when().isKnown()) {
            return false;
        }
        for (EventMention o : mentions) {
            if (o.type() != EventType.STATEMENT && o.when().isKnown()
                    && o.when().value().equals(statement.when().value())
                    && o.evidence().stream().anyMatch(e -> statement.evidence().stream()
                            .anyMatch(f -> f.start() == e.start() && f.documentId().equals(e.documentId())))) {
                return true;
            }
        }
        return false;
    }

    private static String speaker(EventMention m) {
        return m.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON).findFirst()
                .or(() -> m.participants().stream().findFirst()).map(Participant::id).orElse("");
    }

    /**
     * The speaker's first statement of the occasion with a later one's evidence; the parties and place of an
     * occasion told later ("said at a joint press conference with X in Y") join it.
     */
    private static EventMention withMoreEvidence(EventMention m, EventMention later) {
        List<Evidence> evidence = new ArrayList<>(m.evidence());
        evidence.addAll(later.evidence());
        List<Participant> participants = new ArrayList<>(m.participants());
        participants.addAll(later.participants());
        boolean laterDated = m.when().basis() == DateBasis.INFERRED && later.when().basis() != DateBasis.INFERRED;
        EventMention dated = laterDated ? later : m; // the day the text says beats the day it is reported
        return new EventMention(m.documentId(), m.order(), m.type(), dated.status(), dated.when(),
                m.places().isEmpty() ? later.places() : m.places(), ArgumentFinder.dedupe(participants),
                m.topics(), evidence, m.name(), m.key(), m.anaphoric(), m.documentDate(), m.confidence());
    }
}
