package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;

/**
 * An act done at an occasion (event-types.tsv's held_at) whose clause names no party, no place and no day of its
 * own: told in the passive ("five memoranda were signed", "è stato firmato un protocollo", "подписано 27
 * документов") or by a subject that is no one in particular ("leaders adopted a declaration"). Left so, it names
 * nothing an analyst can place and is pruned; told after a dated encounter held somewhere, with the same status,
 * it is that occasion's act, done by its parties where it was held, an event beside it (decision 0112).
 */
final class PartylessAct {

    private PartylessAct() {
    }

    /**
     * The occasion whose act this is: {@code previous} when the act names nothing of its own and the occasion is a
     * dated encounter held somewhere, told as the news (not as background) with the act's status; else null.
     */
    static EventMention occasion(Clause c, Trigger t, List<Trigger> all, List<Participant> parties,
                                 List<Place> places, boolean dated, EventMention previous) {
        if (!EventTypeProfile.of(t.type()).heldAt() || !parties.isEmpty() || !places.isEmpty() || dated
                || previous == null || previous.participants().isEmpty()) {
            return null;
        }
        // "The leader signed an agreement": a person the sentence names (here by a role) is the act's party, even
        // where the act's noun, segmented apart from its verb, found none
        if (c.mentions().stream().anyMatch(m -> m.kind() == MentionKind.PERSON)) {
            return null;
        }
        // "leaders signed the X declaration", "agreed and adopted": an act word of another kind is the same act
        if (all.stream().anyMatch(o -> o.type() != t.type() && EventTypeProfile.of(o.type()).heldAt())) {
            return null;
        }
        EventTypeProfile occasion = EventTypeProfile.of(previous.type());
        // a call is held nowhere: what is "agreed" on it is the call's talk, not an act done at an occasion
        if (!EventTypeProfile.encounter(previous.type()) || !occasion.place() || !MergeRule.tellsApart(previous.when())
                || previous.when().reason().endsWith(ClauseDater.BEFORE_THE_NEWS)) {
            return null;
        }
        // "were signed" after a visit still to come, or "will be signed" after talks that are over: another day's act
        // a noun tells no tense: after an occasion still to come it is most often what the occasion aims at ("so that
        // the pact can be ratified", "will also hand over the chairmanship"), so only an occasion told as done takes it
        EventStatus own = t.status() != null ? t.status() : EventStatus.HAPPENED;
        return own == previous.status() ? previous : null;
    }
}
