package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * How the merger compares clusters in bulk: the profile under which {@link MergeRule} answers are cached, and the
 * score that ranks the candidates the rules allow.
 */
final class MergeScoring {

    private MergeScoring() {
    }

    /**
     * Everything the rules read of a cluster (but its documents): two article-parts of an event with the same profile
     * get the same answers, so an event reported by thousands of articles is checked once per distinct reading rather
     * than once per article. Keep in step with what the rules of MergeRule ask of a cluster.
     *
     * @param date the date's reading, or null when the date is unknown
     * @param nearReport for a dated part, whether it is news near its own report (it is asked only that)
     * @param undatedReport for an undated part, its report's day (it is asked that day)
     */
    record Profile(EventType type, boolean visit, DateReading date, String key, String otherName,
                   boolean allAnaphoric, boolean anyPlanned, LocalDate latestPlannedReport, boolean nearReport,
                   LocalDate undatedReport, List<Set<String>> ids, Set<String> places) {
    }

    /** What the rules read of a known date: its basis and the reason given for it are not read. */
    record DateReading(String value, String endValue, DatePrecision precision, DateModifier modifier, DateSpan span) {
    }

    static Profile profile(EventCluster c) {
        EventDate d = c.date();
        LocalDate reported = c.earliestReport();
        List<Set<String>> ids = new ArrayList<>();
        for (ParticipantKind kind : ParticipantKind.values()) {
            ids.add(Set.copyOf(c.ids(kind)));
        }
        Set<String> places = new HashSet<>();
        c.places().forEach(p -> places.add(p.id()));
        return new Profile(c.type(), c.hasType(EventType.VISIT),
                d.isKnown() ? new DateReading(d.value(), d.endValue(), d.precision(), d.modifier(), d.span()) : null,
                c.key(), c.type() == EventType.OTHER ? c.name().toLowerCase() : "", c.allAnaphoric(), c.anyPlanned(),
                c.latestPlannedReport(),
                d.isKnown() && reported != null && MergeRule.nearReport(d, reported, c.anyPlanned()),
                d.isKnown() ? null : reported, ids, places);
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
