package org.diplomatictimeline.extract.mention;

import java.util.Objects;

/**
 * One mention of an actor, place or topic in a text.
 *
 * @param start       offset of the first character in the text that was searched
 * @param end         offset just past the last character
 * @param text        exactly {@code text.substring(start, end)}
 * @param kind        what the mention refers to
 * @param id          stable key shared by all spellings: "person:sergey-lavrov", "country:RU", "city:moscow"
 * @param name        canonical display name ("Sergey Lavrov", "Russia", "Moscow")
 * @param role        the person's title or role when known ("Foreign Minister"), else empty
 * @param countryCode ISO 3166 alpha-2 code of the country the mention belongs to or speaks for, else empty
 * @param metonym     true when a place (a capital, "the Kremlin") can stand for its country's government
 */
public record Mention(int start, int end, String text, MentionKind kind, String id, String name, String role,
                      String countryCode, boolean metonym) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        role = role == null ? "" : role;
        countryCode = countryCode == null ? "" : countryCode;
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
        }
    }

    /** A mention that cannot stand for a government. */
    public Mention(int start, int end, String text, MentionKind kind, String id, String name, String role,
                   String countryCode) {
        this(start, end, text, kind, id, name, role, countryCode, false);
    }

    /**
     * The country this mention acts for, else empty: a person's or organisation's country, a country itself, or the
     * country whose government a capital or seat of government stands for ("Moscow said" = Russia).
     */
    public String actorCountry() {
        return switch (kind) {
            case PERSON, COUNTRY, ORGANISATION -> countryCode;
            case CITY, VENUE -> metonym ? countryCode : "";
            default -> "";
        };
    }

    /** Whether this mention names a place an event can happen at. */
    public boolean isPlace() {
        return kind == MentionKind.CITY || kind == MentionKind.VENUE || kind == MentionKind.REGION
                || kind == MentionKind.COUNTRY;
    }

    /** Whether this is a person whose role names a head of state or government: who "the head of state" can be. */
    public boolean headOfStateOrGovernment() {
        return kind == MentionKind.PERSON && RoleMatch.head(role);
    }
}
