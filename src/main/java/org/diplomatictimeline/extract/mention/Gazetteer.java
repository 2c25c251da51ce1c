package org.diplomatictimeline.extract.mention;

import static org.diplomatictimeline.extract.mention.GazetteerRows.field;
import static org.diplomatictimeline.extract.mention.GazetteerRows.read;
import static org.diplomatictimeline.extract.mention.GazetteerRows.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * All phrase lists the mention finder searches, loaded once from the resources beside this class and from the JDK's
 * list of ISO countries; immutable after construction.
 */
final class Gazetteer {

    private static final String[] MODIFIERS = {
        "former", "acting", "interim", "self-declared", "self-proclaimed", "then", "outgoing", "incoming",
        "newly elected", "newly appointed", "new", "late", "current", "senior", "veteran", "de facto", "so-called",
        "first", "deputy", "chief", "top", "permanent", "special", "opposition", "caretaker", "transitional",
        "exiled", "ousted", "embattled", "longtime", "long-time",
    };

    final PhraseTrie entities = new PhraseTrie();
    /**
     * Country names and adjectives of each language folder, consulted only for documents in that language (or of
     * no known language): a Portuguese or German name must not read an English word or a surname as a country.
     */
    final Map<String, PhraseTrie> entitiesByLanguage = new HashMap<>();
    /**
     * One-word event triggers of each language folder, as keys: in a document of that language such a word is the
     * event, never a place ("Reunión" is a meeting in Spanish, not the island of Réunion once accents are folded).
     */
    final Map<String, Set<String>> triggerWordsByLanguage = new HashMap<>();
    final PhraseTrie titles = new PhraseTrie();
    /** The plural forms among {@link #titles} ("Presidents", "les ministres"), which lead a list of names. */
    final PluralTitles pluralTitles;
    final PhraseTrie modifiers = new PhraseTrie();
    /** Group phrases naming two office holders ("the two leaders", "ambos mandatarios"), from groups.tsv. */
    final PhraseTrie groups = new PhraseTrie();
    final Set<String> stopwords = new HashSet<>();
    final Set<String> titleWords = new HashSet<>();
    /** Words that join a title to what it is of: "of", "de", "di", "von" ("Minister of Foreign Affairs of Russia"). */
    final Set<String> titleLinks = new HashSet<>();
    /** Words that join two names of the language folders ("and", "et", "y", "und", "и"), as keys. */
    final Set<String> conjunctions = new HashSet<>();
    /** Definite articles and possessives before a role of the language folders ("le", "el", "der"), as keys. */
    final Set<String> determiners = new HashSet<>();
    /** Words that open the name of a party or movement of the language folders ("Partido", "Parti"), as keys. */
    final Set<String> bodyWords = new HashSet<>();
    /** One-word reporting verbs of the language folders' trigger tables ("dijo", "sagte", "заявил"), as keys. */
    final Set<String> reportingVerbs = new HashSet<>();
    final Map<String, GazetteerEntry> knownPeople = new HashMap<>();
    /** Well-known people by surname (family name for Chinese and Korean names), for "President Moon". */
    final Map<String, GazetteerEntry> knownSurnames = new HashMap<>();
    /**
     * Given names, as keys (first-names.txt, given-names.tsv and the given names of people.tsv): before one of them a
     * one-word place is a surname ("Rui Lisboa" is a man, not a man and a city).
     */
    final Set<String> givenNames = new HashSet<>();
    /** The given names as token keys (lower case, accents folded), for the keys of a document's tokens. */
    final Set<String> givenNameKeys = new HashSet<>();
    /** Spellings that name places of two countries ("عمان": Oman and Amman), read by the document's countries. */
    final SharedSpellings sharedSpellings;
    final Map<String, Topic> topicsByMentionId = new HashMap<>();
    final Map<String, Topic> topicsById = new HashMap<>();

    private final Map<String, CountryNames> countries = new LinkedHashMap<>();
    private final Map<String, GazetteerEntry> capitals = new HashMap<>();
    /** Countries, cities, organisations and people by their English name, for the language folders' names.tsv. */
    private final Map<String, GazetteerEntry> byName = new HashMap<>();

    /** Names of one country as read from the JDK and countries.tsv. */
    private record CountryNames(GazetteerEntry entry, List<String> names, List<String> demonyms) {
    }

    Gazetteer() {
        loadCountries();
        loadTopics();
        loadPlain("regions.tsv", MentionKind.REGION);
        loadPlaces("venues.tsv", MentionKind.VENUE, "venue:", "seat");
        loadOrganisations();
        loadPlaces("cities.tsv", MentionKind.CITY, "city:", "capital");
        loadPeople();
        LocalNames.addTo(byName, entitiesByLanguage); // "بشار الأسد" is Bashar al-Assad
        addDemonymsAndPhrases();
        for (String language : LanguageFolders.codes()) { // "président russe", after the English ones
            addForeign(LanguageFolders.lines(language, "demonyms.tsv"), true, language);
        }
        for (String language : LanguageFolders.codes()) {
            Set<String> words = new HashSet<>();
            for (String row : LanguageFolders.lines(language, "triggers.tsv")) {
                String[] f = row.split("\t");
                if (f.length >= 3 && f[0].indexOf(' ') < 0) {
                    String key = Tokenizer.key(f[0], 0, f[0].length());
                    words.add(key);
                    if (f[1].equals("STATEMENT") && f[2].equals("VERB")) {
                        reportingVerbs.add(key);
                    }
                }
            }
            triggerWordsByLanguage.put(language, words);
        }
        loadTitles();
        pluralTitles = new PluralTitles(titles);
        for (String m : MODIFIERS) {
            modifiers.add(m, new GazetteerEntry(MentionKind.PERSON, "modifier", m, "", false, "", false));
        }
        for (String line : LanguageFolders.linesOfAll("role-modifiers.txt")) { // "the Democratic president"
            String m = line.trim().toLowerCase(Locale.ROOT);
            modifiers.add(m, new GazetteerEntry(MentionKind.PERSON, "modifier", m, "", false, "", false));
        }
        for (String line : LanguageFolders.linesOfAll("groups.tsv")) {
            String[] f = line.split("\t", -1);
            GazetteerEntry e = new GazetteerEntry(MentionKind.PERSON, "title:" + field(f, 1), field(f, 2), "",
                    false, "", false);
            for (String form : split(f[0])) {
                groups.add(form.toLowerCase(Locale.ROOT), e);
            }
        }
        sharedSpellings = new SharedSpellings(byName::get);
        for (String[] line : read("first-names.txt")) {
            for (String w : line[0].trim().split("\\s+")) {
                givenNames.add(w);
            }
        }
        for (String[] line : read("given-names.tsv")) {
            givenNames.add(line[0].trim());
            givenNames.addAll(split(field(line, 1)));
        }
        for (String name : givenNames) {
            givenNameKeys.add(Tokenizer.key(name, 0, name.length()));
        }
        for (String[] line : read("name-stopwords.txt")) {
            for (String w : line[0].trim().split("\\s+")) {
                stopwords.add(w.toLowerCase(Locale.ROOT));
            }
        }
        for (String line : LanguageFolders.linesOfAll("name-stopwords.txt")) {
            for (String w : line.trim().split("\\s+")) {
                stopwords.add(Tokenizer.key(w, 0, w.length())); // folded as the tokens are: "república" -> "republica"
            }
        }
    }

    /**
     * The foreign-name tries a document in {@code language} reads: that language's, none for English, all when the
     * language is unknown (null).
     */
    List<PhraseTrie> foreignEntities(String language) {
        if (language == null) {
            return List.copyOf(entitiesByLanguage.values());
        }
        PhraseTrie trie = entitiesByLanguage.get(language);
        return trie == null ? List.of() : List.of(trie);
    }

    /** The canonical English name of a country, or the code itself when unknown. */
    String countryName(String code) {
        CountryNames c = countries.get(code);
        return c == null ? code : c.entry().name();
    }

    private void loadCountries() {
        Map<String, String[]> written = new LinkedHashMap<>();
        for (String[] f : read("countries.tsv")) {
            written.put(f[0], f);
        }
        Set<String> codes = new LinkedHashSet<>(List.of(Locale.getISOCountries()));
        codes.addAll(written.keySet());
        for (String code : codes) {
            String jdk = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String[] f = written.get(code);
            List<String> names = new ArrayList<>();
            String canonical = f != null && !field(f, 1).isEmpty() ? field(f, 1) : cleanJdkName(jdk);
            names.add(canonical);
            if (f != null) {
                names.addAll(split(field(f, 2)));
            }
            for (String variant : jdkVariants(jdk)) {
                if (!names.contains(variant)) {
                    names.add(variant);
                }
            }
            List<String> demonyms = f == null ? List.of() : split(field(f, 3));
            GazetteerEntry e = new GazetteerEntry(MentionKind.COUNTRY, "country:" + code, canonical, code, false,
                    "", false);
            countries.put(code, new CountryNames(e, names, demonyms));
            byName.putIfAbsent(canonical, e);
            for (String n : names) {
                entities.add(n, e);
            }
        }
        // Names in the other supported languages, vendored from the JDK's CLDR data into each language folder
        // (CountryNamesGenerator); added after all English names so that an English name always wins a clash.
        for (String language : LanguageFolders.codes()) {
            addForeign(LanguageFolders.lines(language, "countries.tsv"), false, language);
        }
    }

    /** Rows of a language folder's countries.tsv or demonyms.tsv: ISO code, tab, names or adjectives ('|'). */
    private void addForeign(List<String> rows, boolean adjectives, String language) {
        PhraseTrie trie = entitiesByLanguage.computeIfAbsent(language, l -> new PhraseTrie());
        // "la capital colombiana", "la capitale du Sénégal": the folder's ways of naming a country's capital
        String slot = adjectives ? "{demonym}" : "{name}";
        List<String> capitalPhrases = LanguageFolders.lines(language, "capital-phrases.txt").stream()
                .map(String::strip).filter(l -> l.contains(slot) && !l.startsWith("#")).toList();
        for (String line : rows) {
            String[] f = line.split("\t", -1);
            CountryNames c = countries.get(f[0]);
            if (c != null && f.length > 1) {
                for (String name : split(f[1])) {
                    for (String form : LanguageFolders.withProclitics(language, name)) { // "وسوريا", "بالعراق"
                        trie.add(form, adjectives ? c.entry().asAdjective() : c.entry());
                    }
                    CountryPhrases.addCapitalPhrases(trie, slot, name, capitals.get(f[0]), capitalPhrases);
                }
            }
        }
    }

    private static String cleanJdkName(String jdk) {
        String s = jdk.replace(" & ", " and ").replace("St. ", "Saint ");
        int paren = s.indexOf(" (");
        return paren > 0 ? s.substring(0, paren) : s;
    }

    private static List<String> jdkVariants(String jdk) {
        List<String> out = new ArrayList<>();
        if (jdk.contains(" - ") || jdk.equals(jdk.toUpperCase(Locale.ROOT))) {
            return out; // "Congo - Kinshasa" and bare codes are not how news names a country
        }
        out.add(jdk);
        if (jdk.contains("&")) {
            out.add(jdk.replace("&", "and"));
        }
        int paren = jdk.indexOf(" (");
        if (paren > 0 && jdk.endsWith(")")) {
            out.add(jdk.substring(0, paren));
            out.add(jdk.substring(paren + 2, jdk.length() - 1));
        }
        return out;
    }

    private void loadTopics() {
        for (String[] f : read("topics.tsv")) {
            Topic topic = new Topic("topic:" + f[0], field(f, 1));
            topicsById.put(topic.id(), topic);
            GazetteerEntry e = new GazetteerEntry(MentionKind.TOPIC, topic.id(), topic.name(), "", false, "", false);
            for (String alias : split(field(f, 2))) {
                entities.add(alias, e);
            }
            for (String linked : split(field(f, 3))) {
                topicsByMentionId.put(linked, topic);
            }
        }
    }

    private void loadPlain(String resource, MentionKind kind) {
        GazetteerEntry last = null;
        for (String[] f : read(resource)) {
            List<String> names = split(f[0]);
            if (names.get(0).startsWith("~") && last != null) {
                for (String n : names) {
                    entities.add(n.substring(1), last.asAdjective());
                }
                continue;
            }
            last = new GazetteerEntry(kind, "region:" + Slug.of(names.get(0)), names.get(0), "", false, "", false);
            for (String n : names) {
                entities.add(n, last);
            }
        }
    }

    private void loadPlaces(String resource, MentionKind kind, String prefix, String metonymFlag) {
        for (String[] f : read(resource)) {
            List<String> names = split(f[0]);
            String code = field(f, 1);
            boolean metonym = field(f, 2).contains(metonymFlag);
            GazetteerEntry e = new GazetteerEntry(kind, prefix + Slug.of(names.get(0)), names.get(0), code, metonym,
                    kind == MentionKind.VENUE ? names.get(0) : "", false);
            byName.putIfAbsent(names.get(0), e);
            for (String n : names) {
                entities.add(n, e);
                if (n.indexOf(' ') < 0 && Character.UnicodeBlock.of(n.charAt(0)) == Character.UnicodeBlock.CYRILLIC) {
                    for (String form : RussianCases.of(n)) {
                        entities.add(form, e); // "в Москве", "из Пекина"
                    }
                }
            }
            if (kind == MentionKind.CITY && metonym) {
                capitals.putIfAbsent(code, e);
            }
        }
    }

    private void loadOrganisations() {
        for (String[] f : read("organisations.tsv")) {
            List<String> names = split(field(f, 1));
            GazetteerEntry e = new GazetteerEntry(MentionKind.ORGANISATION, "org:" + f[0], names.get(0), field(f, 2),
                    false, "", false);
            byName.putIfAbsent(names.get(0), e);
            for (String n : names) {
                entities.add(n, e);
            }
        }
    }

    private void loadPeople() {
        for (String[] f : read("people.tsv")) {
            List<String> names = split(f[0]);
            GazetteerEntry e = new GazetteerEntry(MentionKind.PERSON, "person:" + Slug.of(names.get(0)),
                    names.get(0), field(f, 1), false, field(f, 2), false);
            byName.putIfAbsent(names.get(0), e);
            List<String> all = new ArrayList<>(names);
            all.addAll(split(field(f, 3)));
            List<Token> canonical = Tokenizer.tokenize(names.get(0), 0, names.get(0).length());
            List<String> words = NameParser.words(canonical, 0, canonical.size());
            if (words.size() >= 2) {
                List<String> surname = PersonRegistry.familyFirst(words, e.countryCode())
                        ? words.subList(0, 1) : words.subList(words.size() - 1, words.size());
                knownSurnames.putIfAbsent(VariantKey.of(surname), e);
                if (surname.get(0).equals(words.get(words.size() - 1))) {
                    givenNames.add(words.get(0)); // "Emmanuel", "Sergey"; not the "Le" of "Jean-Yves Le Drian"
                }
            }
            for (String n : all) {
                entities.add(n, e);
                List<Token> tokens = Tokenizer.tokenize(n, 0, n.length());
                knownPeople.putIfAbsent(VariantKey.of(NameParser.words(tokens, 0, tokens.size())), e);
            }
        }
    }

    /** Demonyms, and phrases built from country names: "the Russian capital", "China's Foreign Ministry". */
    private void addDemonymsAndPhrases() {
        for (CountryNames c : countries.values()) {
            CountryPhrases.addTo(entities, c.entry(), c.names(), c.demonyms(), capitals.get(c.entry().countryCode()));
        }
    }

    private void loadTitles() {
        List<String[]> rows = new ArrayList<>(read("titles.tsv"));
        List<String> rowLanguages = new ArrayList<>(Collections.nCopies(rows.size(), (String) null));
        for (String code : LanguageFolders.codes()) {
            for (String line : LanguageFolders.lines(code, "titles.tsv")) {
                rows.add(line.split("\t", -1)); // "président", "Bundeskanzler", "Menteri Luar Negeri", ...
                rowLanguages.add(code);
            }
        }
        for (String line : LanguageFolders.linesOfAll("determiners.txt")) {
            for (String w : line.trim().split("\\s+")) {
                determiners.add(Tokenizer.key(w, 0, w.length()));
            }
        }
        for (String line : LanguageFolders.linesOfAll("bodies.txt")) {
            for (String w : line.trim().split("\\s+")) {
                bodyWords.add(Tokenizer.key(w, 0, w.length()));
            }
        }
        for (String line : LanguageFolders.linesOfAll("conjunctions.txt")) {
            for (String w : line.trim().split("\\s+")) {
                conjunctions.add(Tokenizer.key(w, 0, w.length()));
            }
        }
        for (String line : LanguageFolders.linesOfAll("title-links.txt")) {
            for (String w : line.trim().split("\\s+")) {
                titleLinks.add(Tokenizer.key(w, 0, w.length()));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] f = rows.get(r);
            List<String> forms = new ArrayList<>();
            for (String form : split(f[0])) { // with the folder's elisions: "l'ambassadeur", "dell'omologo"
                forms.addAll(rowLanguages.get(r) == null ? List.of(form)
                        : LanguageFolders.withProclitics(rowLanguages.get(r), form));
            }
            // The optional third column is the English title a foreign one matches in roles ("председатель" is
            // said of a head of state known as "President"); it is kept in the entry's role.
            GazetteerEntry e = new GazetteerEntry(MentionKind.PERSON, "title:" + field(f, 1), forms.get(0), "",
                    false, field(f, 2), false);
            for (String form : forms) {
                boolean upper = form.equals(form.toUpperCase(Locale.ROOT));
                titles.add(upper ? form : form.toLowerCase(Locale.ROOT), e);
                List<Token> tokens = Tokenizer.tokenize(form, 0, form.length());
                if (tokens.size() == 1 || tokens.size() == 2 && tokens.get(1).is(".")) {
                    titleWords.add(tokens.get(0).key());
                }
            }
        }
    }
}
