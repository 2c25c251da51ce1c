package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/**
 * Short human titles for events: "Talks: Sergey Lavrov – Wang Yi, Sochi", "Visit: Xi Jinping to Russia (Moscow)",
 * "St. Petersburg International Economic Forum", "70th anniversary of China–Russia diplomatic relations".
 */
public final class EventTitles {

    private static final String DASH = " – ";

    /** The title of an event of this type with these actors, places and name. */
    public String title(EventType type, List<Participant> participants, List<Place> places, String name) {
        Optional<Place> place = mostSpecific(places);
        Optional<Place> city = places.stream().filter(p -> p.kind() == PlaceKind.CITY).findFirst();
        String where = city.or(() -> place).map(Place::name).orElse("");
        String head = EventTypeProfile.of(type).title();
        return switch (type) {
            case SUMMIT, FORUM -> name.isBlank() ? head + parties(participants, 4, where) + suffix(where)
                    : organisationOccasion(name, head, participants).map(org -> head + ": " + org + suffix(where))
                    .orElse(name);
            case VISIT -> visit(participants, place, city);
            case ANNIVERSARY -> name.isBlank() ? head : capitalise(name);
            case STATEMENT -> head + parties(participants, 2);
            case SANCTION -> name.isBlank() ? head + parties(participants, 3) : "Sanctions on " + name;
            case OTHER -> (persons(participants).isEmpty() ? "" : persons(participants).get(0).name() + ": ")
                    + (name.isBlank() ? (persons(participants).isEmpty() ? head : "event") : name)
                    + (name.toLowerCase().contains(where.toLowerCase()) ? "" : suffix(where));
            default -> EventTypeProfile.of(type).place() ? head + parties(participants, 3, where) + suffix(where)
                    : head + parties(participants, 3);
        };
    }

    /**
     * The organisation a gathering is named by when its name is only that organisation and the type's word ("G20
     * summit", "NATO Summit"): the title then says it plainly, "Summit: G20, New Delhi". A proper name of its own
     * ("Milan Global Food Forum") stays as written.
     */
    static Optional<String> organisationOccasion(String name, String head, List<Participant> participants) {
        String[] words = name.strip().split("\\s+");
        if (words.length != 2 || !words[1].equalsIgnoreCase(head)) {
            return Optional.empty();
        }
        String org = words[0];
        boolean acronym = org.length() >= 2 && org.length() <= 6 && org.chars().allMatch(ch -> Character.isUpperCase(ch)
                || Character.isDigit(ch) || ch == '+');
        boolean named = participants.stream().anyMatch(p -> p.kind() == ParticipantKind.ORGANISATION
                && p.name().equalsIgnoreCase(org));
        return acronym || named ? Optional.of(org) : Optional.empty();
    }

    private String visit(List<Participant> participants, Optional<Place> place, Optional<Place> city) {
        String host = place.map(Place::countryCode).orElse("");
        Optional<Participant> visitor = persons(participants).stream()
                .filter(p -> !p.countryCode().equals(host)).findFirst()
                .or(() -> participants.stream().filter(p -> !p.countryCode().equals(host)).findFirst());
        String hostName = participants.stream().filter(p -> p.kind() == ParticipantKind.COUNTRY
                && p.countryCode().equals(host)).map(Participant::name).findFirst().orElse("");
        StringBuilder b = new StringBuilder("Visit: ");
        // never "Argentina to Argentina": the host country is no visitor (its people may travel at home)
        List<Participant> guests = participants.stream().filter(p -> host.isEmpty()
                || p.kind() != ParticipantKind.COUNTRY || !p.countryCode().equals(host)).toList();
        b.append(visitor.map(Participant::name).orElse(actors(guests, 2)));
        if (b.length() == "Visit: ".length()) {
            b.setLength("Visit".length()); // no visitor we can name: "Visit to Ghana", never "unnamed parties"
        }
        if (!hostName.isBlank()) {
            b.append(" to ").append(hostName);
            city.ifPresent(c -> b.append(" (").append(c.name()).append(')'));
        } else {
            place.ifPresent(p -> b.append(" to ").append(p.name()));
        }
        return b.toString();
    }

    private static String actors(List<Participant> participants, int max) {
        List<Participant> people = persons(participants);
        List<Participant> shown = people.isEmpty() ? participants : people;
        List<String> names = new ArrayList<>();
        for (Participant p : shown) {
            if (names.size() == max) {
                break;
            }
            names.add(p.name());
        }
        return String.join(DASH, names);
    }

    /** ": A – B" for the main parties, or nothing when no party is named (never "unnamed parties"). */
    private static String parties(List<Participant> participants, int max) {
        String names = actors(participants, max);
        return names.isEmpty() ? "" : ": " + names;
    }

    /**
     * The parties before a place suffix: none when they are only the place itself ("Summit, Vietnam", never
     * "Summit: Vietnam, Vietnam").
     */
    private static String parties(List<Participant> participants, int max, String where) {
        String names = actors(participants, max);
        return names.equals(where) ? "" : parties(participants, max);
    }

    private static List<Participant> persons(List<Participant> participants) {
        return participants.stream().filter(p -> p.kind() == ParticipantKind.PERSON).toList();
    }

    private static Optional<Place> mostSpecific(List<Place> places) {
        return places.stream().min((a, b) -> a.kind().ordinal() - b.kind().ordinal());
    }

    private static String suffix(String where) {
        return where.isBlank() ? "" : ", " + where;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
