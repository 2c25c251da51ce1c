package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The clusters of one merge by the articles that report them, to find the occasion an article told last before one
 * of its mentions ({@link HeldAtOccasion}, {@link DayProgrammeSitting}). It reads the list it is given as that list
 * changes in place (a cluster replaced by its dated copy stays at its position).
 */
final class OccasionsToldBefore {

    private final List<EventCluster> clusters;
    private Map<String, List<Integer>> byDocument;

    OccasionsToldBefore(List<EventCluster> clusters) {
        this.clusters = clusters;
    }

    /**
     * Of the clusters {@code fits} accepts, the one with the latest mention in {@code document} that {@code counts}
     * and whose order {@code before} accepts, with that mention's order; empty when none.
     */
    Optional<Told> latest(String document, Predicate<EventMention> counts, IntPredicate before,
                          Predicate<EventCluster> fits) {
        if (byDocument == null) {
            byDocument = positionsByDocument(clusters);
        }
        EventCluster occasion = null;
        int latest = -1;
        for (int position : byDocument.getOrDefault(document, List.of())) {
            EventCluster c = clusters.get(position);
            int order = c.members.stream().filter(m -> m.documentId().equals(document) && counts.test(m))
                    .mapToInt(EventMention::order).filter(before).max().orElse(-1);
            if (order > latest && fits.test(c)) {
                occasion = c;
                latest = order;
            }
        }
        return occasion == null ? Optional.empty() : Optional.of(new Told(occasion, latest));
    }

    private static Map<String, List<Integer>> positionsByDocument(List<EventCluster> clusters) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String document : clusters.get(i).documents()) {
                positions.computeIfAbsent(document, d -> new ArrayList<>()).add(i);
            }
        }
        return positions;
    }

    /** An occasion and the order of its mention told last before the one asked about. */
    record Told(EventCluster occasion, int order) {
    }
}
