package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * A journey told with a day of its own in a phrase set before the sentence's event ("held talks on Thursday after
 * he arrived on Wednesday evening", "a visité le palais jeudi, après être arrivé mercredi"): the arrival is an event
 * of its own on its own day, beside the sentence's encounter on the main clause's day. The cues are the EARLIER
 * rows of each language folder's {@code dating.tsv} that {@link AnchoredPhrase} reads.
 */
final class ArrivalOfItsOwnDay {

    private ArrivalOfItsOwnDay() {
    }

    /**
     * The travel verb ({@link EventType#VISIT}) other than {@code family}, the sentence's chosen encounter, that
     * stands in an earlier-cue phrase holding a date of its own while a date outside the phrase dates the rest of
     * the sentence; null when the sentence tells no such arrival.
     */
    static Trigger of(Clause c, List<Trigger> found, Trigger family) {
        if (family == null) {
            return null;
        }
        for (Trigger t : found) {
            if (t == family || t.type() != EventType.VISIT || !t.pos().equals("VERB") || t.isStatement()) {
                continue;
            }
            Optional<AnchoredPhrase> phrase = AnchoredPhrase.of(c, t, found);
            if (phrase.isEmpty() || phrase.get().direction() >= 0 || phrase.get().covers(family)) {
                continue;
            }
            AnchoredPhrase p = phrase.get();
            List<Timex> inside = c.timexes().stream().filter(x -> dated(x) && p.holds(x)).toList();
            boolean outside = c.timexes().stream().anyMatch(x -> dated(x) && !p.holds(x)
                    && inside.stream().noneMatch(i -> i.value().equals(x.value())));
            if (!inside.isEmpty() && outside) {
                return t;
            }
        }
        return null;
    }

    /** A date or clock time: what gives a phrase a day, unlike a length or a recurrence. */
    private static boolean dated(Timex x) {
        return x.type() == TimexType.DATE || x.type() == TimexType.TIME;
    }
}
