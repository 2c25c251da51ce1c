package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;

/**
 * Drops the past events that nothing dates after the merge although every article reporting them is dated: a
 * sentence told without a date after a dated encounter is meant to join it ("The two ministers discussed ..."),
 * and one that joined nothing is background the timeline cannot place ("Trudeau declined an invitation").
 * Planned events stay (an announced visit with no date yet is news), and so do events of undated articles.
 */
final class UndatedBackgroundFilter {

    List<Event> keep(List<Event> events, List<DocumentInfo> documents) {
        Map<String, DocumentInfo> byId = documents.stream()
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity(), (a, b) -> a));
        return events.stream().filter(e -> !background(e, byId)).toList();
    }

    static boolean background(Event e, Map<String, DocumentInfo> documents) {
        if (e.when().isKnown() || e.status() != EventStatus.HAPPENED) {
            return false;
        }
        return e.documentIds().stream().allMatch(id -> documents.containsKey(id)
                && documents.get(id).date().isKnown());
    }
}
