package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * Drops the events that nothing dates after the merge although every article reporting them is dated: a sentence
 * told without a date after a dated encounter is meant to join it ("The two ministers discussed ..."), and one that
 * joined nothing is background the timeline cannot place ("X declined an invitation"). A coming event without a day
 * stays when a named person is to take part and the text says where (an announced visit, "will meet his counterpart
 * in Dakar": news with no date yet), not when it names only countries or bodies ("delegations will arrive"), nor
 * when it names no place ("will take part in the talks", "will represent them at talks on a ceasefire"): that is talk
 * of an occasion, which a dated programme would have dated, not an occasion the timeline can hold.
 * Events of undated articles stay: their article says it has no date and they keep their relative placement. A
 * date marked (the MARK family: an anniversary) that nothing dates goes even there: it is nothing but its date.
 */
final class UndatedBackgroundFilter {

    List<Event> keep(List<Event> events, List<DocumentInfo> documents) {
        Map<String, DocumentInfo> byId = documents.stream()
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity(), (a, b) -> a));
        return events.stream().filter(e -> !background(e, byId)).toList();
    }

    private static boolean namesAPerson(Event e) {
        return e.participants().stream().anyMatch(p -> p.kind() == ParticipantKind.PERSON);
    }

    static boolean background(Event e, Map<String, DocumentInfo> documents) {
        if (!e.when().isKnown() && EventTypeProfile.of(e.type()).family() == EventTypeProfile.Family.MARK) {
            return true;
        }
        if (e.when().isKnown() || e.status() != EventStatus.HAPPENED && namesAPerson(e)
                && (e.type() == EventType.VISIT || e.place() != null)) {
            return false;
        }
        return e.documentIds().stream().allMatch(id -> documents.containsKey(id)
                && documents.get(id).date().isKnown());
    }
}
