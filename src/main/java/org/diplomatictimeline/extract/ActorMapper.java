package org.diplomatictimeline.extract;

import java.util.Locale;
import java.util.Optional;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/** Turns mentions into the model's participants and places, with one id per country whatever its spelling. */
public final class ActorMapper {

    /** The participant a person, country or organisation mention stands for; empty for places and topics. */
    public Optional<Participant> participant(Mention m) {
        return switch (m.kind()) {
            case PERSON -> Optional.of(new Participant(m.id(), m.name(), ParticipantKind.PERSON, m.role(),
                    upper(m.countryCode())));
            case COUNTRY -> country(m.countryCode()).or(() -> Optional.of(new Participant(m.id(), m.name(),
                    ParticipantKind.COUNTRY, "", "")));
            case ORGANISATION -> Optional.of(new Participant(m.id(), m.name(), ParticipantKind.ORGANISATION,
                    m.role(), upper(m.countryCode())));
            default -> Optional.empty();
        };
    }

    /** The country participant for an ISO code, named in English by the JDK's locale data. */
    public Optional<Participant> country(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return COUNTRIES.computeIfAbsent(upper(code), cc -> {
            String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            if (name.isBlank() || name.equals(cc)) {
                return Optional.empty();
            }
            return Optional.of(new Participant("country:" + cc, name, ParticipantKind.COUNTRY, "", cc));
        });
    }

    /**
     * The participant of each country code, made once: a country's display name is looked up in the JDK's locale
     * data, and every country mention of every article asks for one. At most the few hundred codes there are.
     */
    private static final java.util.Map<String, Optional<Participant>> COUNTRIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The place a city, venue, region or country mention names; empty for actors and topics. */
    public Optional<Place> place(Mention m) {
        PlaceKind kind = switch (m.kind()) {
            case CITY -> PlaceKind.CITY;
            case VENUE -> PlaceKind.VENUE;
            case REGION -> PlaceKind.REGION;
            case COUNTRY -> PlaceKind.COUNTRY;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        if (kind == PlaceKind.COUNTRY) {
            return country(m.countryCode()).map(p -> new Place(p.id(), p.name(), PlaceKind.COUNTRY, p.countryCode()));
        }
        return Optional.of(new Place(m.id(), m.name(), kind, upper(m.countryCode())));
    }

    /** True for mentions that can be where an event happens. */
    public static boolean isPlace(Mention m) {
        return m.kind() == MentionKind.CITY || m.kind() == MentionKind.VENUE || m.kind() == MentionKind.REGION
                || m.kind() == MentionKind.COUNTRY;
    }

    private static String upper(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT);
    }
}
