package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DateSpan;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/**
 * Splits a tour told as one visit over as many days as it names host countries ("visits Chile, Peru and Ecuador
 * from 3 to 5 May") into one visit a day, the countries taken in the order the text names them, and gives an
 * encounter dated only to the whole tour whose other party is one host country the day of that country's leg. With
 * fewer or more countries than days nothing says which day is whose, and the tour stays one visit. A document
 * stage run after {@link VisitStay}; the legs are inferred dates.
 */
final class TourLegs {

    /** A longer tour is a season's travel, not a country a day. */
    private static final long MAX_TOUR_DAYS = 7;

    private TourLegs() {
    }

    /** The mentions with a leg visit added after each tour of a country a day, and encounters put on their leg. */
    static List<EventMention> split(List<EventMention> mentions) {
        List<Tour> tours = new ArrayList<>();
        for (EventMention m : mentions) {
            tourOf(m).ifPresent(tours::add);
        }
        if (tours.isEmpty()) {
            return mentions;
        }
        List<EventMention> result = new ArrayList<>(mentions.size() + tours.size() * 3);
        for (EventMention m : mentions) {
            Tour own = tours.stream().filter(t -> t.visit() == m).findFirst().orElse(null);
            if (own != null) {
                result.add(m);
                result.addAll(own.legs());
            } else {
                result.add(onItsLeg(m, tours));
            }
        }
        return result;
    }

    /** A visit of day precision over two or more days that names exactly one host country per day. */
    private static Optional<Tour> tourOf(EventMention m) {
        EventDate when = m.when();
        DateSpan span = when.span();
        if (m.type() != EventType.VISIT || !when.isKnown() || span == null || when.precision() != DatePrecision.DAY
                || span.lengthInDays() < 2 || span.lengthInDays() > MAX_TOUR_DAYS) {
            return Optional.empty();
        }
        List<Participant> visitors = m.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON)
                .toList();
        Set<String> homes = new LinkedHashSet<>();
        visitors.forEach(p -> homes.add(p.countryCode()));
        Map<String, Participant> hosts = new LinkedHashMap<>();
        for (Participant p : m.participants()) {
            if (p.kind() == ParticipantKind.COUNTRY && !p.countryCode().isBlank() && !homes.contains(p.countryCode())) {
                hosts.putIfAbsent(p.countryCode(), p);
            }
        }
        if (visitors.isEmpty() || homes.contains("") || hosts.size() != span.lengthInDays()) {
            return Optional.empty(); // a visitor of no known country may be one of the hosts' own
        }
        return Optional.of(new Tour(m, visitors, List.copyOf(hosts.values())));
    }

    /**
     * An encounter dated to a tour's days, or told undated after it, sharing its visitor, with a party or a place
     * of one host only: that host's day.
     */
    private static EventMention onItsLeg(EventMention m, List<Tour> tours) {
        if (m.type() == EventType.VISIT
                || EventTypeProfile.of(m.type()).family() == EventTypeProfile.Family.STATEMENT) {
            return m;
        }
        for (Tour t : tours) {
            boolean onTour = m.when().isKnown() ? t.visit().when().span().equals(m.when().span())
                    : m.order() >= t.visit().order();
            if (!onTour || !sharesVisitor(m, t)) {
                continue;
            }
            Set<String> countries = new LinkedHashSet<>();
            m.participants().forEach(p -> countries.add(p.countryCode()));
            m.places().forEach(p -> countries.add(p.countryCode()));
            Set<Integer> legs = new LinkedHashSet<>();
            for (int i = 0; i < t.hosts().size(); i++) {
                if (countries.contains(t.hosts().get(i).countryCode())) {
                    legs.add(i);
                }
            }
            if (legs.size() == 1) {
                return m.withWhen(t.dayOf(legs.iterator().next()));
            }
        }
        return m;
    }

    private static boolean sharesVisitor(EventMention m, Tour t) {
        return m.participants().stream().anyMatch(p -> t.visitors().stream().anyMatch(v -> v.id().equals(p.id())));
    }

    /** A visit split into legs: its visitors and its host countries in the order told. */
    private record Tour(EventMention visit, List<Participant> visitors, List<Participant> hosts) {

        EventDate dayOf(int leg) {
            LocalDate day = visit.when().span().first().plusDays(leg);
            return new EventDate(day.toString(), null, DatePrecision.DAY, DateModifier.NONE, DateBasis.INFERRED,
                    DateSpan.ofDay(day), "day " + (leg + 1) + " of a tour of " + hosts.size()
                    + " countries in as many days (" + visit.when().value() + " to " + visit.when().endValue()
                    + "), in the order told");
        }

        List<EventMention> legs() {
            List<EventMention> legs = new ArrayList<>(hosts.size());
            for (int i = 0; i < hosts.size(); i++) {
                Participant host = hosts.get(i);
                List<Participant> who = new ArrayList<>(visitors);
                who.add(host);
                Place country = new Place(host.id(), host.name(), PlaceKind.COUNTRY,
                        host.countryCode());
                legs.add(new EventMention(visit.documentId(), visit.order(), EventType.VISIT, visit.status(),
                        dayOf(i), List.of(country), who, visit.topics(), visit.evidence(), "", "", false,
                        visit.documentDate(), visit.confidence()));
            }
            return legs;
        }
    }
}
