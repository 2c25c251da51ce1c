package org.diplomatictimeline.extract.mention;

import java.util.Objects;

/**
 * What one gazetteer phrase stands for.
 *
 * @param kind        the kind of mention the phrase yields
 * @param id          stable key ("country:RU", "city:moscow", "org:foreign-ministry-RU", "person:vladimir-putin")
 * @param name        canonical display name
 * @param countryCode ISO 3166 alpha-2 code of the country it belongs to, else empty
 * @param metonym     true for capitals and seats of government that can stand for the country's government
 * @param role        for people, their best-known role; for organisations and venues, the label that prefixes a
 *                    spokesperson's role ("Foreign Ministry", "Kremlin"); else empty
 * @param adjective   true for demonyms ("Russian"), which may lead a title ("Russian Foreign Minister")
 */
record GazetteerEntry(MentionKind kind, String id, String name, String countryCode, boolean metonym, String role,
                      boolean adjective) {

    GazetteerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        countryCode = countryCode == null ? "" : countryCode;
        role = role == null ? "" : role;
    }

    GazetteerEntry asAdjective() {
        return new GazetteerEntry(kind, id, name, countryCode, metonym, role, true);
    }

    Mention toMention(String text, int start, int end) {
        return new Mention(start, end, text.substring(start, end), kind, id, name, role(kind), countryCode, metonym);
    }

    private String role(MentionKind k) {
        return k == MentionKind.PERSON ? role : "";
    }
}
