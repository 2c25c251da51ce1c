package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Map;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * An act done at an occasion (event-types.tsv {@code held_at}: a declaration issued, a communiqué adopted) told in
 * its sentence before the encounter it was done at, the encounter's word set off as its occasion ("In a common
 * communiqué released following their meeting, the three ministers ...", "el comunicado aprobado en la reunión"; the
 * SETTING rows of clauses.tsv): told without parties of its own, it takes the parties of that encounter where it names two people or more (a
 * host alone does not tell who made the act), and its
 * day where the two share a status, as an act told after its encounter already does. Without them it would name
 * nobody and be lost, though the sentence tells who issued it.
 */
final class ActsBeforeTheirOccasion {

    private ActsBeforeTheirOccasion() {
    }

    /**
     * Gives each partyless act of {@code actsBefore} (its word and its index in {@code out}) that the sentence tells
     * as done at {@code encounterWord}'s occasion the parties (and day) of {@code encounter}.
     */
    static void takeParties(List<Token> tokens, Map<Trigger, Integer> actsBefore, List<EventMention> out,
                            Trigger encounterWord, EventMention encounter) {
        if (encounter.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON).count() < 2) {
            return; // "during talks hosted by X": one host does not tell who made the act
        }
        actsBefore.forEach((word, index) -> {
            EventMention m = out.get(index);
            if (word.end() > encounterWord.start() || !SpokenAtOccasion.setBy(tokens, encounterWord, word)
                    || !m.participants().isEmpty()) {
                return; // "the joint statement marking the end of the talks": not told as done at them
            }
            EventMention act = m.withParticipants(encounter.participants());
            if (!act.when().isKnown() && encounter.when().isKnown() && act.status() == encounter.status()) {
                act = act.withWhen(encounter.when());
            }
            out.set(index, act);
        });
    }
}
