package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;

/**
 * An item of a trip's programme ("le lendemain, il célébrera une messe", "a prayer on Saturday evening"): told
 * without naming the traveller, it is the traveller's, at the trip's place when it names none. The trip is the
 * latest visit of the article that names a person; the item must fall on the trip's days or just after them.
 */
final class ProgrammeItem {

    /** How long after a trip's announced start its programme may run ("the end of January ... on 4 February"). */
    static final int TRIP_DAYS = 21;

    private ProgrammeItem() {
    }

    /** Whether a trigger's type is told as an item of its own beside the clause's encounter (event-types.tsv). */
    static boolean beside(Trigger t, Trigger family) {
        return family != null && t != family && EventTypeProfile.of(t.type()).programme();
    }

    /**
     * The item told beside the clause's encounter, in the encounter's tense when its own word has none ("He will
     * meet X and attend a state dinner on Wednesday": the dinner is planned, on the coming Wednesday).
     */
    static EventMention event(EventAssembler assembler, Clause c, Trigger t, Trigger family, List<Trigger> all,
                              EventMention lastDatedFamily) {
        if (t.status() != null || family.status() == null) {
            return assembler.event(c, t, all, lastDatedFamily);
        }
        Trigger told = new Trigger(t.start(), t.end(), t.text(), t.type(), t.pos(), family.status(), t.priority(),
                t.tokenIndex());
        List<Trigger> others = all.stream().map(o -> o == t ? told : o).toList();
        return assembler.event(c, told, others, lastDatedFamily);
    }

    /** Whether an item told beside an encounter has a day: "then a gala dinner" dated to a month is no item. */
    static boolean dayOfItsOwn(EventMention item) {
        return item.when().isKnown() && item.when().precision() == DatePrecision.DAY && !item.when().isRange();
    }

    /** Whether an event is a visit whose traveller a later programme item can stand for. */
    static boolean trip(EventMention m) {
        return m.type() == EventType.VISIT && !persons(m.participants()).isEmpty();
    }

    /**
     * The item with the trip's traveller as its party and the trip's place as its place, when the item names no
     * person and falls within the trip's days; otherwise the item as it was.
     */
    static EventMention withTraveller(EventMention item, EventMention trip) {
        if (trip == null || item == trip || !persons(item.participants()).isEmpty() || !within(item.when(), trip)) {
            return item;
        }
        List<Participant> participants = new ArrayList<>(item.participants());
        participants.add(0, traveller(trip));
        // where the trip is, only when the item falls on the trip's own days (a tour's first word names all its stops)
        List<Place> places = item.places().isEmpty() && EventTypeProfile.of(item.type()).place()
                && onTripDays(item.when(), trip) ? trip.places() : item.places();
        return new EventMention(item.documentId(), item.order(), item.type(), item.status(), item.when(), places,
                ArgumentFinder.dedupe(participants), item.topics(), item.evidence(), item.name(), item.key(),
                item.anaphoric(), item.documentDate(), item.confidence());
    }

    /**
     * The item with the parties of the encounter its clause tells on the same day ("He will meet X and attend a
     * state dinner on Wednesday": the dinner is his and X's too); otherwise the item as it was.
     */
    static EventMention withPartiesOf(EventMention item, EventMention encounter) {
        if (encounter == null || !item.when().isKnown() || !encounter.when().isKnown()
                || !item.when().value().equals(encounter.when().value())) {
            return item;
        }
        List<Participant> participants = new ArrayList<>(encounter.participants());
        participants.addAll(item.participants());
        return new EventMention(item.documentId(), item.order(), item.type(), item.status(), item.when(),
                item.places().isEmpty() ? encounter.places() : item.places(), ArgumentFinder.dedupe(participants),
                item.topics(), item.evidence(), item.name(), item.key(), item.anaphoric(), item.documentDate(),
                item.confidence());
    }

    private static boolean within(EventDate d, EventMention trip) {
        if (!d.isKnown() || d.span() == null) {
            return false;
        }
        if (!trip.when().isKnown() || trip.when().span() == null) {
            // "The pope is to travel to Congo and South Sudan": an announced trip's programme follows the report
            boolean daily = trip.documentDate().isKnown() && trip.documentDate().precision() == DatePrecision.DAY;
            return trip.status() == EventStatus.PLANNED && daily
                    && !d.span().first().isBefore(LocalDate.parse(trip.documentDate().value()));
        }
        LocalDate first = d.span().first();
        return !first.isBefore(trip.when().span().first().minusDays(1))
                && !first.isAfter(trip.when().span().last().plusDays(TRIP_DAYS));
    }

    private static boolean onTripDays(EventDate d, EventMention trip) {
        return trip.when().isKnown() && trip.when().span() != null
                && !d.span().first().isBefore(trip.when().span().first())
                && !d.span().first().isAfter(trip.when().span().last());
    }

    /** The person who travels: the first one not of the host country, else the first named. */
    static Participant traveller(EventMention trip) {
        String host = trip.places().isEmpty() ? "" : trip.places().get(0).countryCode();
        List<Participant> people = persons(trip.participants());
        return people.stream().filter(p -> !p.countryCode().equals(host)).findFirst().orElse(people.get(0));
    }

    private static List<Participant> persons(List<Participant> participants) {
        return participants.stream().filter(p -> p.kind() == ParticipantKind.PERSON).toList();
    }
}
