package org.diplomatictimeline.extract.mention;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a government speaks from: the city of a seat of government ("the White House" is in Washington, seat-cities.tsv)
 * and the capital of a country or of its ministries ("Egypt's foreign ministry" speaks from Cairo, cities.tsv).
 */
public final class GovernmentSeats {

    private static final GovernmentSeats STANDARD = new GovernmentSeats();

    /** Capital city names by ISO code (the first capital a country lists). */
    private final Map<String, String> capitals = new HashMap<>();
    /** City names by venue name. */
    private final Map<String, String> venueCities = new HashMap<>();
    /** Country codes by city name. */
    private final Map<String, String> cityCountries = new HashMap<>();

    private GovernmentSeats() {
        read("cities.tsv", f -> {
            String name = f[0].split("\\|")[0].trim();
            String code = f.length > 1 ? f[1].trim() : "";
            cityCountries.putIfAbsent(name, code);
            if (f.length > 2 && f[2].contains("capital")) {
                capitals.putIfAbsent(code, name);
            }
        });
        read("seat-cities.tsv", f -> venueCities.put(f[0].trim(), f[1].trim()));
    }

    /** The table shipped with the application. */
    public static GovernmentSeats standard() {
        return STANDARD;
    }

    /**
     * The city a speaker issues statements from, as a city mention over the speaker's own span: a capital speaking
     * itself ("Moscow said"), a seat of government's city, a ministry's capital; empty for people, countries,
     * other organisations and places with no known seat.
     */
    public Optional<Mention> seatOf(Mention speaker) {
        String city = switch (speaker.kind()) {
            case CITY -> speaker.metonym() ? speaker.name() : null;
            case VENUE -> venueCities.get(speaker.name());
            // Only the ministries the gazetteer builds for every country stand for its government; a country named
            // as speaker ("Norway said") is its government anywhere, and placing it would tie it to unrelated news.
            case ORGANISATION -> speaker.id().startsWith("org:foreign-ministry-")
                    || speaker.id().startsWith("org:defence-ministry-") ? capitals.get(speaker.countryCode()) : null;
            default -> null;
        };
        if (city == null || !cityCountries.containsKey(city)) {
            return Optional.empty();
        }
        return Optional.of(new Mention(speaker.start(), speaker.end(), speaker.text(), MentionKind.CITY,
                "city:" + Slug.of(city), city, "", cityCountries.get(city), true));
    }

    private static void read(String resource, Consumer<String[]> row) {
        for (String[] f : GazetteerRows.read(resource)) {
            if (f.length >= 2) {
                row.accept(f);
            }
        }
    }
}
