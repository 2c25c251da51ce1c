package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A place no list holds, read where the text itself marks a capitalised name as a place: after a noun for a kind of
 * place, alone or with its link ("the Libyan town of X", "la région de X", "kota X": rows PLACE_NOUN and NAME_LINK,
 * TREATY_NOUN for an agreement named for its town: "the Treaty of X",
 * OCCASION of lang/&lt;code&gt;/prepositions.tsv); after a preposition that takes a bare city name (rows CITY: not
 * German "im", which takes a common noun: "im Norden, China") when a country or region stands in apposition ("in X, Niue", "in X, in the northern Polish region", "en X (México, 2014)"); or in capitals alone at a
 * line's start before a comma, a country and a dash ("XYZ, Kenya (Wire) -"). The name is never a stopword, a given
 * name, an event trigger or a word the document also writes in lower case, and a country in apposition is never a
 * possessive ("at X, Russia's gas company" names no place). Not thread-safe; one per {@link PlaceCue}.
 */
final class UnlistedPlace {

    /** Most words of one unlisted name ("Peñas Blancas", "Nusa Dua"). */
    private static final int MOST_WORDS = 3;
    /** Most lower-case words between the comma and the country in apposition ("in the eastern Czech"). */
    private static final int APPOSITION_GAP = 3;
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

    private final Gazetteer g;
    private final List<Token> tokens;
    private final String text;
    /** The gazetteer phrase at a later token: the country or region in apposition. */
    private final IntFunction<PhraseTrie.Match> lookup;
    private final Set<String> placeNouns;
    private final Set<String> treatyNouns;
    private final Set<String> links;
    private final Set<String> prepositions;
    private final Set<String> triggerWords;
    private final Predicate<String> writtenInLowerCase;

    UnlistedPlace(Gazetteer g, List<Token> tokens, String text, IntFunction<PhraseTrie.Match> lookup, Words words,
                  Predicate<String> writtenInLowerCase) {
        this.g = g;
        this.tokens = tokens;
        this.text = text;
        this.lookup = lookup;
        this.placeNouns = words.placeNouns();
        this.treatyNouns = words.treatyNouns();
        this.links = words.links();
        this.prepositions = words.prepositions();
        this.triggerWords = words.triggerWords();
        this.writtenInLowerCase = writtenInLowerCase;
    }

    /** The words of the document's languages this reading needs. */
    record Words(Set<String> placeNouns, Set<String> treatyNouns, Set<String> links, Set<String> prepositions,
                 Set<String> triggerWords) {
    }

    /** The unlisted place at token {@code i} where the text marks it as one, or null. */
    PhraseTrie.Match at(int i) {
        if (text == null || !nameWord(i) || g.givenNameKeys.contains(tokens.get(i).key())) {
            return null;
        }
        int end = runEnd(i);
        if (end == i) {
            return null;
        }
        boolean lineStart = i == 0 || tokens.get(i).lineBefore();
        String cc;
        if (lineStart) {
            cc = datelineCountry(i, end);
        } else if (namedByNoun(i) || namedForTreaty(i, end)) {
            cc = "";
        } else if (prepositions.contains(tokens.get(i - 1).key())) {
            cc = appositionCountry(end);
        } else {
            cc = null;
        }
        if (cc == null) {
            return null;
        }
        String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
        if (lineStart) {
            name = titleCase(name); // "XYZ, Kenya -" names the town Xyz
        }
        return new PhraseTrie.Match(i, end, new GazetteerEntry(MentionKind.CITY, "city:" + Slug.of(name), name, cc,
                false, "", false));
    }

    /** A capitalised word of letters that is no stopword, trigger or word the text also writes in lower case. */
    private boolean nameWord(int k) {
        Token t = tokens.get(k);
        if (t.shape() != Token.CAPITALISED && t.shape() != Token.UPPER) {
            return false;
        }
        String key = t.key();
        return key.length() >= 2 && key.chars().allMatch(Character::isLetter) && !g.stopwords.contains(key)
                && !triggerWords.contains(key) && !writtenInLowerCase.test(key);
    }

    /** The end of the run of name words from {@code i} on one line, stopping before a listed name. */
    private int runEnd(int i) {
        int end = i + 1;
        while (end < tokens.size() && end - i < MOST_WORDS && !tokens.get(end).lineBefore()
                && tokens.get(end).spaceBefore() && nameWord(end) && lookup.apply(end) == null) {
            end++;
        }
        if (end < tokens.size() && !tokens.get(end).lineBefore() && tokens.get(end).isCapitalised()) {
            return i; // a longer name goes on: a person's or an organisation's, not a place of ours
        }
        return end;
    }

    /** "the town of X", "la ville de X", "kota X": a noun for a kind of place right before or through its link. */
    private boolean namedByNoun(int i) {
        String before = tokens.get(i - 1).key();
        if (placeNouns.contains(before)) {
            return commonNoun(i - 1);
        }
        return i >= 2 && links.contains(before) && placeNouns.contains(tokens.get(i - 2).key()) && commonNoun(i - 2);
    }

    /**
     * "the Treaty of X", "los Acuerdos de X", "der Vertrag von X": an agreement named, through its link, for the town
     * where it was signed (TREATY_NOUN rows). One word only and no name joined after it, since "the Treaty of
     * Friendship and Cooperation" and "el Tratado de Libre Comercio" name what the treaty is about.
     */
    private boolean namedForTreaty(int i, int end) {
        if (i < 2 || end != i + 1 || !links.contains(tokens.get(i - 1).key())
                || !treatyNouns.contains(tokens.get(i - 2).key())) {
            return false;
        }
        return end + 1 >= tokens.size() || tokens.get(end).shape() != Token.LOWER
                || !tokens.get(end + 1).isCapitalised();
    }

    /**
     * A place noun used as a common noun: in lower case, or capitalised after a lower-case word as German writes its
     * nouns ("in der Stadt X"); not the first word of a name ("Port Louis", "City Hall").
     */
    private boolean commonNoun(int k) {
        Token t = tokens.get(k);
        if (t.shape() == Token.LOWER) {
            return true;
        }
        return t.shape() == Token.CAPITALISED && k > 0 && !t.sentenceStart() && !t.lineBefore()
                && tokens.get(k - 1).shape() == Token.LOWER;
    }

    /**
     * The country code of a country or region in apposition after the name ("X, Niue", "X, in the eastern Czech
     * region", "X (México, 2014)"), "" for a region of no country, null when none stands there.
     */
    private String appositionCountry(int end) {
        if (end >= tokens.size()) {
            return null;
        }
        boolean bracket = tokens.get(end).is("(");
        if (!bracket && !tokens.get(end).is(",")) {
            return null;
        }
        int k = end + 1;
        int gap = 0;
        while (!bracket && k < tokens.size() && tokens.get(k).shape() == Token.LOWER && gap < APPOSITION_GAP
                && lookup.apply(k) == null) {
            k++;
            gap++;
        }
        PhraseTrie.Match m = k < tokens.size() && !tokens.get(k).lineBefore() ? lookup.apply(k) : null;
        if (m == null || m.entry().kind() != MentionKind.COUNTRY && m.entry().kind() != MentionKind.REGION) {
            return null;
        }
        if (m.end() < tokens.size() && tokens.get(m.end()).is("'s")) {
            return null; // "at X, Russia's gas company": a company, not a place
        }
        if (m.entry().adjective() && (gap == 0 || m.end() >= tokens.size()
                || !placeNouns.contains(tokens.get(m.end()).key()))) {
            return null; // "in X, in the northern Polish region"; not "At Christmas, Russian officials"
        }
        return m.entry().countryCode();
    }

    /** Whether a country's name (not its adjective) follows in brackets at {@code end}: "(México, 2014)". */
    boolean countryInBrackets(int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).is("(") || tokens.get(end + 1).lineBefore()) {
            return false;
        }
        PhraseTrie.Match m = lookup.apply(end + 1);
        return m != null && m.entry().kind() == MentionKind.COUNTRY && !m.entry().adjective();
    }

    /** "XYZ, Kenya (Wire) -", "XYZ, Kenya -": a dateline in capitals of a city no list holds. */
    private String datelineCountry(int i, int end) {
        for (int k = i; k < end; k++) {
            if (tokens.get(k).shape() != Token.UPPER) {
                return null;
            }
        }
        if (end + 1 >= tokens.size() || !tokens.get(end).is(",")) {
            return null;
        }
        PhraseTrie.Match m = lookup.apply(end + 1);
        if (m == null || m.entry().adjective()
                || m.entry().kind() != MentionKind.COUNTRY && m.entry().kind() != MentionKind.REGION) {
            return null;
        }
        int after = m.end();
        boolean dash = after < tokens.size() && !tokens.get(after).lineBefore()
                && (DASHES.contains(tokens.get(after).key()) || tokens.get(after).is("("));
        return dash ? m.entry().countryCode() : null;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean first = true;
        for (int k = 0; k < upper.length(); k++) {
            char c = upper.charAt(k);
            out.append(first ? c : Character.toLowerCase(c));
            first = !Character.isLetter(c);
        }
        return out.toString();
    }
}
