package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;

/**
 * Places an act the article tells without a place at the occasion it was done at: "the summit opened in Brussels on
 * Thursday ... the leaders endorsed the deal on Thursday" — the endorsement is an event of its own, held where the
 * summit was. A document stage run on one article's mentions once they are dated.
 */
final class OccasionPlaces {

    /** Longer occasions (a season, a year) say too little about where one day's act took place. */
    private static final long MAX_OCCASION_DAYS = 14;

    private static final Set<EventType> GATHERINGS = Set.of(EventType.SUMMIT, EventType.FORUM);

    private OccasionPlaces() {
    }

    /**
     * The mentions, each act or encounter without a place given the place of the article's occasion whose days hold
     * its days, where all such occasions agree on one place.
     */
    static List<EventMention> placed(List<EventMention> mentions) {
        List<EventMention> occasions = mentions.stream().filter(OccasionPlaces::occasion).toList();
        if (occasions.isEmpty()) {
            return mentions;
        }
        List<EventMention> result = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            if (receives(m)) {
                result.add(withPlaceOf(m, occasions));
            } else if (decidedAtGathering(m)) {
                result.add(withPlaceOf(m, occasions.stream().filter(o -> GATHERINGS.contains(o.type())).toList()));
            } else {
                result.add(m);
            }
        }
        return result;
    }

    /** Whether the mention is an occasion other events happen inside: a visit, summit, meeting with its place. */
    static boolean occasion(EventMention m) {
        DateSpan span = m.when().span();
        return EventTypeProfile.of(m.type()).encloses() && !m.places().isEmpty() && m.when().isKnown()
                && span != null && span.lengthInDays() <= MAX_OCCASION_DAYS;
    }

    /**
     * Whether the mention is an act or encounter that says where it happens but was told without a place. A visit
     * is left alone: the one a traveller comes back from on the day of another lies elsewhere; so is a background
     * fact that needs its own date (an election, an attack): it happens where its own words say, not at a summit.
     */
    static boolean receives(EventMention m) {
        EventTypeProfile profile = EventTypeProfile.of(m.type());
        return m.places().isEmpty() && m.when().isKnown() && m.when().span() != null && profile.place()
                && profile.family() != EventTypeProfile.Family.STATEMENT && m.type() != EventType.VISIT
                && !profile.needsDate();
    }

    /**
     * Whether the mention is an act whose own words seldom say where it was done ("the resolution was adopted",
     * "sanctions were imposed") and so is placed only by a summit or forum on its days: the leaders gathered there
     * decided it. Background facts that need their own date (elections) are left alone.
     */
    static boolean decidedAtGathering(EventMention m) {
        EventTypeProfile profile = EventTypeProfile.of(m.type());
        return m.places().isEmpty() && m.when().isKnown() && m.when().span() != null && !profile.place()
                && profile.family() == EventTypeProfile.Family.ACT && !profile.needsDate();
    }

    private static EventMention withPlaceOf(EventMention m, List<EventMention> occasions) {
        DateSpan days = m.when().span();
        Set<Place> places = new LinkedHashSet<>();
        for (EventMention o : occasions) {
            if (o != m && o.when().span().contains(days.first()) && o.when().span().contains(days.last())) {
                places.add(o.places().get(0));
            }
        }
        if (places.size() != 1) {
            return m; // no occasion holds it, or two places compete: better no place than a wrong one
        }
        return m.withPlaces(List.copyOf(places));
    }
}
