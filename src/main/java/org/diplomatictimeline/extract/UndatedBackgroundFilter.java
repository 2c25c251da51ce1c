package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;

/**
 * Drops the events that nothing dates after the merge although every article reporting them is dated: a sentence
 * told without a date after a dated encounter is meant to join it ("The two ministers discussed ..."), and one that
 * joined nothing is background the timeline cannot place ("X declined an invitation"). That holds for planned ones
 * too: in a dated article a coming event without a day is either a part of a dated trip told again ("he will also
 * meet the prime minister") or talk of talks ("talks on a lasting truce"), never a point on the timeline. Events of
 * undated articles stay: their article says it has no date and they keep their relative placement.
 */
final class UndatedBackgroundFilter {

    List<Event> keep(List<Event> events, List<DocumentInfo> documents) {
        Map<String, DocumentInfo> byId = documents.stream()
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity(), (a, b) -> a));
        return events.stream().filter(e -> !background(e, byId)).toList();
    }

    static boolean background(Event e, Map<String, DocumentInfo> documents) {
        if (e.when().isKnown()) {
            return false;
        }
        return e.documentIds().stream().allMatch(id -> documents.containsKey(id)
                && documents.get(id).date().isKnown());
    }
}
