package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
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
     * The mention dated by the latest dated encounter before it that shares its people (or, for an act naming no
     * person, a country or body) and its status, or the mention itself.
     */
    static EventMention dated(List<EventCluster> clusters, EventMention m) {
        if (m.when().isKnown() || !EventTypeProfile.of(m.type()).heldAt()
                || m.status() != EventStatus.HAPPENED && m.status() != EventStatus.PLANNED) {
            return m;
        }
        EventCluster act = new EventCluster(m);
        for (int i = clusters.size() - 1; i >= 0; i--) {
            EventCluster c = clusters.get(i);
            if (occasionOf(c, act, m.status())) {
                return withDateOf(m, c);
            }
        }
        return m;
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
        if (!act.ids(ParticipantKind.PERSON).isEmpty()) {
            return ArgumentAgreement.sharedPeople(act.ids(ParticipantKind.PERSON), c.ids(ParticipantKind.PERSON)) > 0;
        }
        return shares(act, c, ParticipantKind.COUNTRY) || shares(act, c, ParticipantKind.ORGANISATION);
    }

    private static boolean shares(EventCluster a, EventCluster b, ParticipantKind kind) {
        return a.ids(kind).stream().anyMatch(b.ids(kind)::contains);
    }

    private static EventMention withDateOf(EventMention m, EventCluster occasion) {
        EventDate d = occasion.date();
        EventDate at = new EventDate(d.value(), d.endValue(), d.precision(), d.modifier(), DateBasis.INFERRED,
                d.span(), "an act at the " + occasion.type().label().toLowerCase(Locale.ROOT) + " reported earlier ("
                + d.value() + (d.endValue() == null ? "" : " to " + d.endValue()) + ")");
        return new EventMention(m.documentId(), m.order(), m.type(), m.status(), at, m.places(), m.participants(),
                m.topics(), m.evidence(), m.name(), m.key(), m.anaphoric(), m.documentDate(), m.confidence());
    }
}
