package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.time.Timex;

/**
 * A trip told with its legs in one sentence, each part after a comma or semicolon with a day and a host of its own
 * ("goes on to Norway on Friday night, and Sweden follows on Saturday and Sunday"; "sera mardi au Ghana,
 * jeudi au Togo"): one visit per leg, the traveller's, on that leg's day and in that leg's country or city.
 * The trip's own part keeps the clause's visit; a later part counts as a leg only when it tells no event of its
 * own (no other trigger, so no "the ministry said on Tuesday in Berlin"), holds one day and names one place the
 * trip has not reached yet. Decision 0123.
 */
final class DatedLegs {

    private static final String KEY = "leg:";
    private static final EventDateResolver DATES = new EventDateResolver();
    private static final ActorMapper ACTORS = new ActorMapper();

    private DatedLegs() {
    }

    /** A later part of the sentence: its day and the one place it names. */
    private record Leg(Timex day, Mention place) {
    }

    /**
     * The visit followed by one visit per later leg of its sentence, or the visit alone. Only a trip told by a verb
     * or noun of travel with a day of its own and a traveller (a person) is split.
     */
    static List<EventMention> split(Clause c, Trigger t, EventMention m, List<Trigger> found) {
        if (t.type() != EventType.VISIT || t.isStatement() || !m.when().isKnown()
                || m.when().precision() != DatePrecision.DAY
                || m.participants().stream().noneMatch(p -> p.kind() == ParticipantKind.PERSON)) {
            return List.of(m);
        }
        List<int[]> parts = parts(c, t);
        EventMention own = ownPlace(c, m, parts);
        List<Leg> legs = legs(c, t, own, found, parts);
        if (legs.isEmpty()) {
            return List.of(m);
        }
        List<EventMention> out = new ArrayList<>(legs.size() + 1);
        out.add(own);
        Set<String> days = new HashSet<>(Set.of(m.when().value()));
        for (Leg leg : legs) {
            EventDate when = DATES.directed(DATES.fromTimex(leg.day(), null, c.docDate()), leg.day(), t.status(),
                    c.docDate());
            Optional<Place> place = ACTORS.place(leg.place());
            if (!when.isKnown() || when.precision() != DatePrecision.DAY || place.isEmpty()
                    || !days.add(when.value())) {
                return List.of(m); // a leg the trip's days cannot tell apart: keep the clause's one visit
            }
            out.add(new EventMention(m.documentId(), m.order(), m.type(), m.status(), when, List.of(place.get()),
                    travellerWith(m, leg.place()), m.topics(), m.evidence(), "",
                    KEY + when.value() + ":" + place.get().id(), false, m.documentDate(), m.confidence()));
        }
        return out;
    }

    /**
     * The parts after the trip's own part that each hold one day and one new place and no event word; {@code own} is
     * the trip with its own part's place.
     */
    private static List<Leg> legs(Clause c, Trigger t, EventMention own, List<Trigger> found, List<int[]> parts) {
        List<Leg> out = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        own.places().forEach(p -> reached.add(p.id()));
        for (int[] part : parts) {
            int from = part[0];
            int to = part[1];
            if (found.stream().anyMatch(o -> o != t && o.start() < to && o.end() > from)) {
                return List.of(); // a part telling an event of its own is no leg of this trip
            }
            List<Timex> days = c.timexes().stream().filter(x -> x.start() >= from && x.end() <= to
                    && EventDateResolver.canDate(x)).toList();
            List<Mention> places = c.mentions().stream().filter(p -> p.start() >= from && p.end() <= to
                    && (p.kind() == MentionKind.COUNTRY || p.kind() == MentionKind.CITY)).toList();
            if (days.isEmpty() && places.isEmpty()) {
                continue; // an apposition or an aside between the legs
            }
            if (days.isEmpty() || places.size() != 1) {
                return List.of(); // a place without its day, or a day of several places: no leg can be told
            }
            Optional<Place> place = ACTORS.place(places.get(0));
            if (place.isEmpty() || !reached.add(place.get().id())) {
                return List.of();
            }
            out.add(new Leg(days.get(0), places.get(0)));
        }
        return out;
    }

    /**
     * The trip with the one place its own part (from the sentence's start to the first cut after its word) names,
     * where the place ranked for it stands in a later part ("flew to Chile on Sunday, on Monday he was in Peru"
     * goes to Chile); the trip as it is otherwise.
     */
    private static EventMention ownPlace(Clause c, EventMention m, List<int[]> parts) {
        int end = parts.stream().mapToInt(p -> p[0]).min().orElse(Integer.MAX_VALUE);
        Set<String> homes = new HashSet<>();
        m.participants().stream().filter(p -> p.kind() == ParticipantKind.PERSON)
                .forEach(p -> homes.add(p.countryCode()));
        List<Mention> own = c.mentions().stream().filter(p -> p.end() <= end && p.start() >= c.sentence().start()
                && (p.kind() == MentionKind.CITY || p.kind() == MentionKind.COUNTRY
                && !homes.contains(p.countryCode().toUpperCase(Locale.ROOT)))).toList();
        boolean later = m.places().stream().allMatch(p -> c.mentions().stream().anyMatch(x -> x.start() >= end
                && ACTORS.place(x).map(q -> q.id().equals(p.id())).orElse(false)));
        if (own.size() != 1 || m.places().isEmpty() || !later) {
            return m;
        }
        Optional<Place> place = ACTORS.place(own.get(0));
        return place.map(p -> m.withPlaces(List.of(p))).orElse(m);
    }

    /** The spans of the sentence's parts after the trigger's own, cut at commas and semicolons. */
    private static List<int[]> parts(Clause c, Trigger t) {
        List<int[]> out = new ArrayList<>();
        int from = -1;
        int last = -1;
        for (Token k : c.tokens()) {
            String w = k.lower();
            boolean cut = w.equals(",") || w.equals(";");
            if (k.start() < t.end()) {
                continue;
            }
            if (cut) {
                if (from >= 0) {
                    out.add(new int[] {from, last});
                }
                from = k.end();
                last = k.end();
            } else if (from >= 0 && !w.equals(".")) {
                last = k.end();
            }
        }
        if (from >= 0 && last > from) {
            out.add(new int[] {from, last});
        }
        return out;
    }

    /** The trip's travellers and their own countries, with the leg's host country beside them. */
    private static List<Participant> travellerWith(EventMention m, Mention place) {
        List<Participant> who = new ArrayList<>();
        Set<String> homes = new HashSet<>();
        for (Participant p : m.participants()) {
            if (p.kind() == ParticipantKind.PERSON) {
                who.add(p);
                homes.add(p.countryCode());
            }
        }
        for (Participant p : m.participants()) {
            if (p.kind() == ParticipantKind.COUNTRY && homes.contains(p.countryCode())) {
                who.add(p);
            }
        }
        ACTORS.country(place.countryCode()).filter(h -> !homes.contains(h.countryCode())).ifPresent(who::add);
        return who;
    }
}
