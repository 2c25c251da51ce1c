package org.diplomatictimeline.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.diplomatictimeline.table.ResourceTable;

/** Turns mentions into the model's participants and places, with one id per country whatever its spelling. */
public final class ActorMapper {

    private static final String MENTION_DATA = "/org/diplomatictimeline/extract/mention/";

    /** Organisation ids of news outlets (news-outlets.txt): they report events and never take part in them. */
    private static final Set<String> OUTLETS = outlets();

    /** Canonical English country names written in countries.tsv, for codes whose JDK name is a display form. */
    private static final Map<String, String> WRITTEN_COUNTRY_NAMES = writtenCountryNames();

    /**
     * The participant a person, country or organisation mention stands for; empty for places, topics and news
     * outlets ("Reuters reported", "(Xinhua)": the outlet tells the event, it is not a party to it).
     */
    public Optional<Participant> participant(Mention m) {
        if (isNewsOutlet(m)) {
            return Optional.empty();
        }
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
            if (displayForm(name)) {
                // "Congo - Kinshasa", "Myanmar (Burma)": the JDK's menu labels, not how a briefing names a country
                name = WRITTEN_COUNTRY_NAMES.getOrDefault(cc, name);
            }
            return Optional.of(new Participant("country:" + cc, name, ParticipantKind.COUNTRY, "", cc));
        });
    }

    /**
     * The participant of each country code, made once: a country's display name is looked up in the JDK's locale
     * data, and every country mention of every article asks for one. At most the few hundred codes there are.
     */
    private static final Map<String, Optional<Participant>> COUNTRIES =
            new ConcurrentHashMap<>();

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

    /** Whether a mention names a news agency, broadcaster or paper (news-outlets.txt). */
    static boolean isNewsOutlet(Mention m) {
        return m.kind() == MentionKind.ORGANISATION && m.id() != null && m.id().startsWith("org:")
                && OUTLETS.contains(m.id().substring("org:".length()).toLowerCase(Locale.ROOT));
    }

    /** Whether a JDK country name is one of its menu forms ("Congo - Kinshasa", "Myanmar (Burma)", "A & B"). */
    static boolean displayForm(String jdkName) {
        return jdkName.contains(" - ") || jdkName.contains("(") || jdkName.contains("&")
                || jdkName.contains(" SAR ");
    }

    private static Set<String> outlets() {
        Set<String> ids = new HashSet<>();
        for (String line : lines("news-outlets.txt")) {
            ids.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(ids);
    }

    private static Map<String, String> writtenCountryNames() {
        Map<String, String> names = new HashMap<>();
        for (String line : lines("countries.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length > 1 && !f[1].isBlank()) {
                names.put(f[0].strip().toUpperCase(Locale.ROOT), f[1].strip());
            }
        }
        return Map.copyOf(names);
    }

    /** The lines of a resource of the gazetteer's folder, without blank lines and '#' comments. */
    private static List<String> lines(String resource) {
        return ResourceTable.read(ActorMapper.class, MENTION_DATA + resource).lines();
    }

    private static String upper(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT);
    }
}
