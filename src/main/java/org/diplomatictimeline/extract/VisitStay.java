package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;

/**
 * Places a visitor's encounter told without a place in the city of the visit he is on: "X arrived in Oslo on Monday
 * ... On Tuesday he met Norway's prime minister": the meeting is in Oslo. A visit told by its first day says nothing
 * of its last, so the stay is taken to last a few days; the encounter must share the visitor and have a party of the
 * host country, so a meeting back home or in a third country keeps no place. A document stage run after
 * {@link OccasionPlaces}.
 */
final class VisitStay {

    /** Days after a visit's first day that an encounter still falls in it when the article gives no last day. */
    static final int STAY_DAYS = 3;
    /** Visits longer than this (a tour of a season) say too little about where one day's encounter took place. */
    private static final long MAX_VISIT_DAYS = 14;

    private VisitStay() {
    }

    /** The mentions, each encounter without a place given the place of the one visit it falls in, if one. */
    static List<EventMention> placed(List<EventMention> mentions) {
        List<EventMention> visits = mentions.stream().filter(VisitStay::visit).toList();
        if (visits.isEmpty()) {
            return mentions;
        }
        List<EventMention> result = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            result.add(OccasionPlaces.receives(m) ? withPlaceOf(m, visits) : m);
        }
        return result;
    }

    private static boolean visit(EventMention m) {
        DateSpan span = m.when().span();
        return m.type() == EventType.VISIT && !m.places().isEmpty() && m.when().isKnown() && span != null
                && span.lengthInDays() <= MAX_VISIT_DAYS;
    }

    private static EventMention withPlaceOf(EventMention m, List<EventMention> visits) {
        LocalDate day = m.when().span().first();
        Set<Place> places = new LinkedHashSet<>();
        for (EventMention v : visits) {
            DateSpan stay = v.when().span();
            LocalDate last = stay.last().isAfter(stay.first().plusDays(STAY_DAYS)) ? stay.last()
                    : stay.first().plusDays(STAY_DAYS);
            Place place = v.places().get(0);
            if (!day.isBefore(stay.first()) && !day.isAfter(last) && sharesPerson(m, v)
                    && hasPartyOf(m, place.countryCode())) {
                places.add(place);
            }
        }
        if (places.size() != 1) {
            return m; // no visit holds it, or two places compete: better no place than a wrong one
        }
        return m.withPlaces(List.copyOf(places));
    }

    private static boolean sharesPerson(EventMention m, EventMention v) {
        Set<String> visitors = new LinkedHashSet<>();
        for (Participant p : v.participants()) {
            if (p.kind() == ParticipantKind.PERSON) {
                visitors.add(p.id());
            }
        }
        return m.participants().stream().anyMatch(p -> visitors.contains(p.id()));
    }

    /** Whether a party of the encounter is the host country or one of its people. */
    private static boolean hasPartyOf(EventMention m, String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return false;
        }
        return m.participants().stream().anyMatch(p -> countryCode.equals(p.countryCode()));
    }
}
