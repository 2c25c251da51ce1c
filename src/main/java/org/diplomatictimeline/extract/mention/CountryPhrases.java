package org.diplomatictimeline.extract.mention;

import java.util.List;

/**
 * The phrases built from one country's names and demonyms that name the country, its foreign and defence ministries
 * or its capital: "the Russian capital", "China's Foreign Ministry", "the government of Peru".
 */
final class CountryPhrases {

    private final PhraseTrie entities;
    private final GazetteerEntry country;
    private final GazetteerEntry foreignMinistry;
    private final GazetteerEntry defenceMinistry;
    /** The country's capital, or null when the city list names none. */
    private final GazetteerEntry capital;

    private CountryPhrases(PhraseTrie entities, GazetteerEntry country, GazetteerEntry capital) {
        this.entities = entities;
        this.country = country;
        this.capital = capital;
        String code = country.countryCode();
        String name = country.name();
        this.foreignMinistry = new GazetteerEntry(MentionKind.ORGANISATION, "org:foreign-ministry-" + code,
                "Foreign Ministry of " + name, code, false, "Foreign Ministry", false);
        this.defenceMinistry = new GazetteerEntry(MentionKind.ORGANISATION, "org:defence-ministry-" + code,
                "Defence Ministry of " + name, code, false, "Defence Ministry", false);
    }

    /** Adds the demonyms and the phrases of one country (names first as read, then each name's phrases). */
    static void addTo(PhraseTrie entities, GazetteerEntry country, List<String> names, List<String> demonyms,
                      GazetteerEntry capital) {
        CountryPhrases phrases = new CountryPhrases(entities, country, capital);
        for (String d : demonyms) {
            entities.add(d, country.asAdjective());
            phrases.addOwned(d);
        }
        for (String n : names) {
            phrases.addOwned(n + "'s");
            phrases.addOf(n);
        }
    }

    /**
     * Adds a language's phrases for a country's capital, written with {@code slot} ("{demonym}" or "{name}") in place
     * of the country ("capital {demonym}", "capitale du {name}"), when the city list names the capital.
     */
    static void addCapitalPhrases(PhraseTrie entities, String slot, String fill, GazetteerEntry capital,
                                  List<String> templates) {
        if (capital == null) {
            return;
        }
        for (String template : templates) {
            entities.add(template.replace(slot, fill), capital);
        }
    }

    private void addOf(String name) {
        for (String of : List.of("foreign ministry of ", "ministry of foreign affairs of ")) {
            entities.add(of + name, foreignMinistry);
        }
        for (String of : List.of("defence ministry of ", "defense ministry of ", "ministry of defence of ",
                "ministry of defense of ")) {
            entities.add(of + name, defenceMinistry);
        }
        entities.add("government of " + name, country);
        if (capital != null) {
            entities.add("capital of " + name, capital);
        }
    }

    private void addOwned(String owner) {
        for (String suffix : List.of(" foreign ministry", " ministry of foreign affairs", " foreign affairs ministry",
                " mfa", " foreign office")) {
            entities.add(owner + suffix, foreignMinistry);
        }
        entities.add(owner + " MFA", foreignMinistry);
        for (String suffix : List.of(" defence ministry", " defense ministry", " ministry of defence",
                " ministry of defense")) {
            entities.add(owner + suffix, defenceMinistry);
        }
        for (String suffix : List.of(" government", " authorities", " leadership", " side", " delegation")) {
            entities.add(owner + suffix, country);
        }
        if (capital != null) {
            entities.add(owner + " capital", capital);
        }
    }
}
