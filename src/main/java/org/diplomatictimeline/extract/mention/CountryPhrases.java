package org.diplomatictimeline.extract.mention;

import java.util.ArrayList;
import java.util.List;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * The phrases built from one country's names and demonyms that name the country, its foreign and defence ministries
 * or its capital: "the Russian capital", "China's Foreign Ministry", "the government of Peru".
 */
final class CountryPhrases {

    /** The rows of every language folder's {@code country-phrases.tsv}: kind, template. */
    private static final List<String[]> TEMPLATES = templates();

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

    /** Each template of every language folder's {@code country-phrases.tsv} holding {@code slot}, filled. */
    private void add(String slot, String fill) {
        for (String[] row : TEMPLATES) {
            if (row[1].contains(slot)) {
                GazetteerEntry entry = switch (row[0]) {
                    case "FOREIGN_MINISTRY" -> foreignMinistry;
                    case "DEFENCE_MINISTRY" -> defenceMinistry;
                    case "GOVERNMENT" -> country;
                    case "CAPITAL" -> capital;
                    default -> null;
                };
                if (entry != null) {
                    entities.add(row[1].replace(slot, fill), entry);
                }
            }
        }
    }

    private void addOf(String name) {
        add("{name}", name);
    }

    private void addOwned(String owner) {
        add("{owner}", owner);
    }

    private static List<String[]> templates() {
        List<String[]> out = new ArrayList<>();
        for (String line : LanguageFolders.linesOfAll("country-phrases.tsv")) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && !f[1].isBlank()) {
                out.add(new String[] {f[0].strip(), f[1].strip()});
            }
        }
        return List.copyOf(out);
    }
}
