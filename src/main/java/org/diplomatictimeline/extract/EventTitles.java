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
        return switch (type) {
            case MEETING, TALKS -> "Talks: " + actors(participants, 3) + suffix(where);
            case NEGOTIATION -> "Negotiations: " + actors(participants, 3) + suffix(where);
            case SUMMIT -> name.isBlank() ? "Summit: " + actors(participants, 4) + suffix(where) : name;
            case FORUM -> name.isBlank() ? "Forum" + suffix(where) : name;
            case VISIT -> visit(participants, place, city);
            case ANNIVERSARY -> name.isBlank() ? "Anniversary" : capitalise(name);
            case STATEMENT -> "Statement: " + actors(participants, 2);
            case SANCTION -> name.isBlank() ? "Sanctions" + (participants.isEmpty() ? "" : ": "
                    + actors(participants, 3)) : "Sanctions on " + name;
            case AID -> "Aid: " + actors(participants, 3);
            case MILITARY_COOPERATION -> "Military cooperation: " + actors(participants, 3);
            case RECOGNITION -> "Recognition: " + actors(participants, 3);
            case AGREEMENT -> "Agreement: " + actors(participants, 3) + suffix(where);
            case OTHER -> (persons(participants).isEmpty() ? "" : persons(participants).get(0).name() + ": ")
                    + (name.isBlank() ? "event" : name)
                    + (name.toLowerCase().contains(where.toLowerCase()) ? "" : suffix(where));
        };
    }

    private String visit(List<Participant> participants, Optional<Place> place, Optional<Place> city) {
        String host = place.map(Place::countryCode).orElse("");
        Optional<Participant> visitor = persons(participants).stream()
                .filter(p -> !p.countryCode().equals(host)).findFirst()
                .or(() -> participants.stream().filter(p -> !p.countryCode().equals(host)).findFirst());
        String hostName = participants.stream().filter(p -> p.kind() == ParticipantKind.COUNTRY
                && p.countryCode().equals(host)).map(Participant::name).findFirst().orElse("");
        StringBuilder b = new StringBuilder("Visit: ");
        b.append(visitor.map(Participant::name).orElse(actors(participants, 2)));
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
        return names.isEmpty() ? "unnamed parties" : String.join(DASH, names);
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
