package org.diplomatictimeline.model;

import java.util.Objects;

/**
 * An actor in an event.
 *
 * @param id          stable key shared by all spellings of the actor: "person:sergey-lavrov", "country:RU", "org:un-security-council"
 * @param name        canonical display name ("Sergey Lavrov", "Russia")
 * @param role        title or role when known ("Foreign Minister"), else empty
 * @param countryCode ISO 3166 alpha-2 code of the country the actor speaks for, else empty
 */
public record Participant(String id, String name, ParticipantKind kind, String role, String countryCode) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        role = role == null ? "" : role;
        countryCode = countryCode == null ? "" : countryCode;
    }
}
