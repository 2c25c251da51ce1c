package org.diplomatictimeline.extract;

import java.util.HashSet;
import java.util.Set;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;

/**
 * Across articles, two reports of a visit are one trip when they give the same days, the same visitor and the same
 * destination, whoever else each names: one outlet names the president who receives the guest, another the premier
 * he will also see. The visitor is the person both name who comes from elsewhere: a person one report places in
 * the destination country is its host, and a host shared by two visits on one day does not make them one (two
 * guests received by one president). The people named besides decide nothing.
 */
final class OneTrip {

    private OneTrip() {
    }

    /** Whether two visits of different articles are one trip of one visitor (see the type's description). */
    static boolean sameVisitorSameDays(EventCluster a, EventCluster b) {
        if (a.type() != EventType.VISIT || b.type() != EventType.VISIT
                || a.date().precision() != DatePrecision.DAY || !ClusterRelations.sameKnownDate(a.date(), b.date())) {
            return false;
        }
        Set<String> destinations = destinations(a);
        Set<String> other = destinations(b);
        if (destinations.isEmpty() || other.isEmpty() || !destinations.equals(other)) {
            return false; // a tour's legs, or one report's wrong place, are not the other's trip
        }
        for (Participant p : a.participants()) {
            if (p.kind() == ParticipantKind.PERSON && visitorIn(p, a, b, destinations)) {
                return true;
            }
        }
        return false;
    }

    /** The countries a visit goes to: those of its places. */
    private static Set<String> destinations(EventCluster c) {
        Set<String> codes = new HashSet<>();
        for (Place p : c.places()) {
            if (!p.countryCode().isBlank()) {
                codes.add(p.countryCode());
            }
        }
        return codes;
    }

    /** Whether {@code p} of {@code a} is named by {@code b} too and comes from a known country that is not the
     *  destination, as either report gives it. */
    private static boolean visitorIn(Participant p, EventCluster a, EventCluster b, Set<String> destinations) {
        Set<String> home = new HashSet<>();
        boolean named = false;
        for (Participant q : b.participants()) {
            if (q.kind() == ParticipantKind.PERSON && ArgumentAgreement.samePersonAcross(p.id(), q.id())) {
                named = true;
                if (!q.countryCode().isBlank()) {
                    home.add(q.countryCode());
                }
            }
        }
        if (!p.countryCode().isBlank()) {
            home.add(p.countryCode());
        }
        return named && !home.isEmpty() && home.stream().noneMatch(destinations::contains);
    }
}
