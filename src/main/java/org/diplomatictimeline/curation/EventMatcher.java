package org.diplomatictimeline.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;

/**
 * Finds the event a reference means among freshly extracted events: same spans first, then overlapping spans,
 * then the same excerpt moved elsewhere in its document; a tie that hints cannot break is reported, not guessed.
 */
final class EventMatcher {

    /** The outcome of looking an event up. */
    sealed interface Match {
    }

    /** Exactly one event fits. */
    record Found(Event event) implements Match {
    }

    /** Several events fit equally well. */
    record Ambiguous(List<Event> candidates) implements Match {
    }

    /** No event carries any of the spans. */
    record Missing() implements Match {
    }

    private final DocumentHashes hashes;

    EventMatcher(DocumentHashes hashes) {
        this.hashes = hashes;
    }

    Match find(EventRef ref, Collection<Event> events) {
        List<BiPredicate<EvidenceAnchor, Evidence>> tiers = List.of(
                (a, e) -> !hashes.changedSince(a) && a.sameSpan(e),
                (a, e) -> !hashes.changedSince(a) && a.overlaps(e),
                EvidenceAnchor::sameExcerpt);
        for (BiPredicate<EvidenceAnchor, Evidence> tier : tiers) {
            Match match = findInTier(ref, events, tier);
            if (!(match instanceof Missing)) {
                return match;
            }
        }
        return new Missing();
    }

    /** The evidence of an event that an anchor stands for, by the same tiers. */
    Optional<Evidence> locate(EvidenceAnchor anchor, Event event) {
        List<BiPredicate<EvidenceAnchor, Evidence>> tiers = List.of(
                (a, e) -> !hashes.changedSince(a) && a.sameSpan(e),
                EvidenceAnchor::sameExcerpt,
                (a, e) -> !hashes.changedSince(a) && a.overlaps(e));
        for (BiPredicate<EvidenceAnchor, Evidence> tier : tiers) {
            for (Evidence e : event.evidence()) {
                if (tier.test(anchor, e)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static Match findInTier(EventRef ref, Collection<Event> events,
                                    BiPredicate<EvidenceAnchor, Evidence> tier) {
        int best = 0;
        List<Event> bestEvents = new ArrayList<>();
        for (Event event : events) {
            int score = score(ref, event, tier);
            if (score > best) {
                best = score;
                bestEvents.clear();
                bestEvents.add(event);
            } else if (score == best && score > 0) {
                bestEvents.add(event);
            }
        }
        if (bestEvents.isEmpty()) {
            return new Missing();
        }
        if (bestEvents.size() == 1) {
            return new Found(bestEvents.get(0));
        }
        int bestScore = best;
        // Ties: prefer an event whose evidence is just the referenced spans, then the remembered type, then title.
        List<Event> narrowed = narrow(bestEvents, e -> e.evidence().size() == bestScore
                && ref.anchors().size() == bestScore);
        narrowed = narrow(narrowed, e -> e.type() == ref.typeHint());
        narrowed = narrow(narrowed, e -> e.title().equals(ref.titleHint()));
        return narrowed.size() == 1 ? new Found(narrowed.get(0)) : new Ambiguous(narrowed);
    }

    private static List<Event> narrow(List<Event> events, Predicate<Event> preferred) {
        List<Event> kept = events.stream().filter(preferred).toList();
        return kept.isEmpty() ? events : kept;
    }

    private static int score(EventRef ref, Event event, BiPredicate<EvidenceAnchor, Evidence> tier) {
        int score = 0;
        for (EvidenceAnchor anchor : ref.anchors()) {
            for (Evidence e : event.evidence()) {
                if (tier.test(anchor, e)) {
                    score++;
                    break;
                }
            }
        }
        return score;
    }
}
