package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.extract.MergeRule.Scope;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * A visit told without a date after the talks its visitor held on one known day ("he met the premier on Monday ...
 * the minister had arrived on an unannounced visit") is an occasion of its own, not a second word for the talks:
 * it takes the talks' day, inferred, and {@link MergeRule#VISIT_NOT_ONE_OF_ITS_DAYS} then keeps the two apart, as it
 * does for a visit and talks both dated to that day. A visit the article already tells (a cluster of its own the
 * mention could join) keeps the mention; a visit of nobody the talks name, or told in another status (a visit still
 * to come after talks done), is left as it was.
 */
final class VisitOfDatedTalks {

    private static final String REASON = "a visit on the day of the visitor's ";

    private VisitOfDatedTalks() {
    }

    /** Whether a visit's date is the day of its visitor's talks, given here: it is apart from those talks even when
     *  their day is known only as the latest it can be ("on or before" the report). */
    static boolean datedByItsTalks(EventDate d) {
        return d.basis() == DateBasis.INFERRED && d.reason().startsWith(REASON);
    }

    /** The mention dated by its visitor's talks told before it, or the mention unchanged. */
    static EventMention dated(List<EventCluster> clusters, EventMention m) {
        if (m.type() != EventType.VISIT || m.when().isKnown()) {
            return m;
        }
        EventCluster single = new EventCluster(m);
        if (single.ids(ParticipantKind.PERSON).isEmpty()) {
            return m; // "the visit" of no one: a word referring back, not a traveller's own occasion
        }
        for (EventCluster c : clusters) {
            if (c.hasType(EventType.VISIT) && MergeRule.firstRefusing(c, single, Scope.SAME_DOCUMENT) == null) {
                return m; // the article's own visit takes it in
            }
        }
        for (int i = clusters.size() - 1; i >= 0; i--) {
            EventCluster c = clusters.get(i);
            if (talksOfTheVisitor(c, single)) {
                EventDate d = c.date();
                return m.withWhen(new EventDate(d.value(), d.endValue(), d.precision(), d.modifier(),
                        DateBasis.INFERRED, d.span(), REASON + c.type().label().toLowerCase(Locale.ROOT)
                        + " reported earlier (" + d.value() + ")"));
            }
        }
        return m;
    }

    /** Talks on one day (known, or known as the latest it can be) that are news when the visit is reported, naming
     *  the visitor and someone besides, in the visit's status. */
    private static boolean talksOfTheVisitor(EventCluster talks, EventCluster visit) {
        EventDate day = talks.date();
        if (!MergeRule.TALK_TYPES.contains(talks.type()) || day.precision() != DatePrecision.DAY || day.isRange()
                || talks.anyPlanned() != visit.anyPlanned()) {
            return false;
        }
        LocalDate reported = visit.earliestReport();
        if (reported != null && day.span().last().isBefore(reported.minusDays(MergeRule.STALE_DAYS))) {
            return false; // talks long past: the visit told now is not theirs
        }
        // the traveller alone: a "visit with" the whole pair is a word for the talks themselves
        Set<String> travellers = visit.ids(ParticipantKind.PERSON);
        Set<String> sitting = talks.ids(ParticipantKind.PERSON);
        return ArgumentAgreement.sharedPeople(travellers, sitting) == travellers.size()
                && travellers.size() < sitting.size() && toTheTalksCountry(visit, talks);
    }

    /** A trip told with where it goes, the country of the talks ("arrived in the capital"): "his first trip abroad"
     *  or to a whole region tells of more than this stop. */
    private static boolean toTheTalksCountry(EventCluster visit, EventCluster talks) {
        Set<String> home = new HashSet<>();
        for (Participant p : visit.participants()) {
            if (p.kind() == ParticipantKind.PERSON && !p.countryCode().isBlank()) {
                home.add(p.countryCode());
            }
        }
        Set<String> hosts = new HashSet<>(talks.ids(ParticipantKind.COUNTRY));
        return visit.participants().stream().anyMatch(p -> p.kind() == ParticipantKind.COUNTRY
                && !home.contains(p.countryCode()) && hosts.contains(p.id()));
    }
}
