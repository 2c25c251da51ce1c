package org.diplomatictimeline.extract;

import java.time.LocalDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;

/**
 * How the merger compares clusters in bulk: the profile under which {@link MergeRule} answers are cached, and the
 * score that ranks the candidates the rules allow.
 */
final class MergeScoring {

    private MergeScoring() {
    }

    /**
     * Everything the rules read of a cluster (but its documents), as one string: two article-parts of an event with
     * the same profile get the same answers, so an event reported by thousands of articles is checked once per
     * distinct reading rather than once per article. Keep in step with what the rules of MergeRule ask of a cluster.
     */
    static String profile(EventCluster c) {
        EventDate d = c.date();
        StringBuilder b = new StringBuilder().append(c.type()).append(c.hasType(EventType.VISIT) ? "+V" : "")
                .append('|').append(d.isKnown() ? d.value() + ".." + d.endValue() + "/" + d.precision() + "/"
                        + d.modifier() + "/" + d.span() : "?")
                .append('|').append(c.key()).append('|').append(c.type() == EventType.OTHER ? c.name().toLowerCase()
                        : "")
                .append('|').append(c.allAnaphoric()).append('|').append(c.anyPlanned())
                .append('|').append(c.latestPlannedReport());
        LocalDate reported = c.earliestReport();
        // A dated part is asked only whether it is news near its own report; an undated one, its report's day.
        b.append('|').append(d.isKnown() ? String.valueOf(reported != null && MergeRule.nearReport(d, reported, c.anyPlanned()))
                : String.valueOf(reported));
        for (ParticipantKind kind : ParticipantKind.values()) {
            b.append('|').append(new java.util.TreeSet<>(c.ids(kind)));
        }
        c.places().stream().map(Place::id).sorted().forEach(id -> b.append('|').append(id));
        return b.toString();
    }

    /** How well two clusters that may merge agree (higher is better); used to choose among candidates. */
    static int agreement(EventCluster a, EventCluster b) {
        if (a.type() == EventType.ANNIVERSARY || b.type() == EventType.ANNIVERSARY) {
            return 10;
        }
        boolean sameValue = a.date().isKnown() && b.date().isKnown() && a.date().value().equals(b.date().value());
        return ArgumentAgreement.sharedPeople(a.ids(ParticipantKind.PERSON), b.ids(ParticipantKind.PERSON)) * 3
                + ArgumentAgreement.overlap(a.ids(ParticipantKind.COUNTRY), b.ids(ParticipantKind.COUNTRY))
                + ArgumentAgreement.overlap(a.ids(ParticipantKind.ORGANISATION), b.ids(ParticipantKind.ORGANISATION))
                + Math.max(0, ArgumentAgreement.placeAgreement(a.places(), b.places())) + (a.type() == b.type() ? 1 : 0)
                + (sameValue ? 2 : 0);
    }
}
