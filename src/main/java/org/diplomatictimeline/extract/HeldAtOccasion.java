package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * An act done at an occasion (event-types.tsv's held_at: "the two leaders signed a declaration", "the session adopted
 * a resolution") told without a date after a dated encounter of its article: it can never be one event with the
 * encounter, and left undated it would be dropped as background, so it is that occasion's act on its days, an event
 * told beside it. It takes the occasion's date only where nothing dated of its own kind in the article takes it in.
 */
final class HeldAtOccasion {

    private HeldAtOccasion() {
    }

    /**
     * The merged clusters with each undated act cluster of one article dated by the latest dated encounter that
     * article told before it (or in its sentence) sharing its people (or, for an act naming no person, a country or
     * body) and its status; what joins what is left as it was.
     */
    static List<EventCluster> dated(List<EventCluster> clusters) {
        List<EventCluster> result = new ArrayList<>(clusters);
        OccasionsToldBefore told = new OccasionsToldBefore(result);
        for (int i = 0; i < result.size(); i++) {
            EventCluster act = result.get(i);
            if (act.date().isKnown() || !EventTypeProfile.of(act.type()).heldAt() || act.documents().size() != 1) {
                continue;
            }
            EventStatus status = act.anyHappened() ? EventStatus.HAPPENED
                    : act.anyPlanned() ? EventStatus.PLANNED : null;
            if (status == null) {
                continue;
            }
            int at = i;
            int actTold = act.members.stream().mapToInt(EventMention::order).min().orElse(0);
            told.latest(act.documents().iterator().next(), m -> true, o -> o <= actTold,
                    c -> occasionOf(c, act, status)).ifPresent(t -> result.set(at, withDateOf(act, t.occasion())));
        }
        return result;
    }

    private static boolean occasionOf(EventCluster c, EventCluster act, EventStatus status) {
        EventDate d = c.date();
        // an occasion held somewhere: agreements "reached" in a call are the call's talk, seldom an act of that day
        if (!EventTypeProfile.encounter(c.type()) || !EventTypeProfile.of(c.type()).place() || !MergeRule.tellsApart(d)
                || d.reason().endsWith(ClauseDater.BEFORE_THE_NEWS)) {
            return false;
        }
        // "signed" after a visit still to come, or "will sign" after talks that are over: another day's act
        if (status == EventStatus.HAPPENED ? !c.anyHappened() : !c.anyPlanned()) {
            return false;
        }
        if (namesNoParty(act)) {
            return true; // "during the visit five memoranda were signed": the occasion's own act
        }
        if (!act.ids(ParticipantKind.PERSON).isEmpty()) {
            return ArgumentAgreement.sharedPeople(act.ids(ParticipantKind.PERSON), c.ids(ParticipantKind.PERSON)) > 0;
        }
        return shares(act, c, ParticipantKind.COUNTRY) || shares(act, c, ParticipantKind.ORGANISATION);
    }

    private static boolean namesNoParty(EventCluster act) {
        return act.ids(ParticipantKind.PERSON).isEmpty() && act.ids(ParticipantKind.COUNTRY).isEmpty()
                && act.ids(ParticipantKind.ORGANISATION).isEmpty();
    }

    private static boolean shares(EventCluster a, EventCluster b, ParticipantKind kind) {
        return a.ids(kind).stream().anyMatch(b.ids(kind)::contains);
    }

    private static EventCluster withDateOf(EventCluster act, EventCluster occasion) {
        EventDate d = occasion.date();
        EventDate at = DayWithinOccasion.of(d, "an act at the " + occasion.type().label().toLowerCase(Locale.ROOT)
                + " reported earlier (" + d.value() + (d.endValue() == null ? "" : " to " + d.endValue()) + ")",
                act.anyPlanned() || occasion.anyPlanned(), occasion.earliestReport());
        boolean partyless = namesNoParty(act);
        List<Participant> parties = ArgumentFinder.dedupe(occasion.members.stream()
                .flatMap(m -> m.participants().stream()).toList());
        EventCluster dated = null;
        for (EventMention m : act.members) {
            EventMention one = m.withWhen(at);
            if (partyless) { // told passively ("were signed"): done by the occasion's parties, where it was held
                one = one.withParticipants(parties);
                one = one.places().isEmpty() ? one.withPlaces(occasion.places()) : one;
            }
            if (dated == null) {
                dated = new EventCluster(one);
            } else {
                dated.absorb(new EventCluster(one));
            }
        }
        return dated;
    }
}
