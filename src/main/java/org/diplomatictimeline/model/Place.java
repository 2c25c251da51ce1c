package org.diplomatictimeline.model;

import java.util.Objects;

/**
 * Where an event happens.
 *
 * @param id          stable key: "city:sochi", "venue:kremlin", "country:RU"
 * @param countryCode ISO 3166 alpha-2 code of the country the place is in, else empty
 */
public record Place(String id, String name, PlaceKind kind, String countryCode) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        countryCode = countryCode == null ? "" : countryCode;
    }
}
