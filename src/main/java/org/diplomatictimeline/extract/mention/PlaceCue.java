package org.diplomatictimeline.extract.mention;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Where a city of the long generated list ({@link GeoNamesCities}) may be read in one document: only where news puts
 * a place, so that the many city names that are also words and names ("Nice", "Reading", "Florence") stay what
 * they are elsewhere. A city stands right after a preposition that takes a bare city name ("in", "at", "to", "à",
 * "en", "di": rows CITY of lang/&lt;code&gt;/prepositions.tsv, the document language's and English), after a
 * settlement noun with or without its link ("the town of", "kota", rows SETTLEMENT and NAME_LINK, OCCASION), after
 * an event noun and its link ("the summit of", "la cumbre de": the language's one-word triggers), or alone at a
 * line's start before a dateline's comma or dash ("TRONDHEIM, Norway -"). Even there it is no city when a
 * capitalised word follows on the line (a longer name: "in Florence Nightingale's ward"), when it is a name
 * stopword, when the document writes the same word in lower case ("a nice day"), or, in a dateline, when it is a
 * given name.
 * Not thread-safe; one per {@link EntityLookup}.
 */
final class PlaceCue {

    private static final String FILE = "prepositions.tsv";
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    /** Characters that glue words into an address or a file name. */
    private static final Set<String> GLUE = Set.of("-", "/", "_", ".", "=", "&", "?", "#");

    private final Gazetteer g;
    private final List<Token> tokens;
    /** Prepositions before a bare city name: the document language's and English ones (all when unknown). */
    private final Set<String> cues;
    /** Words joining a noun to its city: "the city of", "la ville de", "der Vertrag von". */
    private final Set<String> links;
    /** Nouns for a kind of settlement before a city's name: "town", "ville", "kota". */
    private final Set<String> settlements;
    private final Set<String> triggerWords;
    private Set<String> lowerWords;
    /** Places no list holds, read where the text marks a name as one. */
    private final UnlistedPlace unlisted;

    PlaceCue(Gazetteer gazetteer, List<Token> tokens, String text, String language, Set<String> triggerWords,
             IntFunction<PhraseTrie.Match> lookup) {
        this.g = gazetteer;
        this.tokens = tokens;
        this.cues = ofLanguage(language, "CITY");
        this.links = ofLanguage(language, "NAME_LINK");
        links.addAll(ofLanguage(language, "OCCASION"));
        this.settlements = ofLanguage(language, "SETTLEMENT");
        this.triggerWords = triggerWords;
        // Only the prepositions before a bare city name: German "im Norden, China" is a direction, not a town.
        this.unlisted = new UnlistedPlace(gazetteer, tokens, text, lookup, new UnlistedPlace.Words(
                ofLanguage(language, "PLACE_NOUN"), ofLanguage(language, "TREATY_NOUN"), links, cues, triggerWords),
                this::writtenInLowerCase);
    }

    /** A place no list holds where the text marks the name at token {@code i} as one, or null. */
    PhraseTrie.Match unlisted(int i) {
        return unlisted.at(i);
    }

    /** The generated city at token {@code i} where the context reads it as a place, or null. */
    PhraseTrie.Match city(int i) {
        Token t = tokens.get(i);
        if (!t.isCapitalised()) {
            return null;
        }
        boolean after = cued(i);
        boolean dateline = !after && (i == 0 || t.lineBefore());
        PhraseTrie.Match m = GeoNamesCities.trie().longest(tokens, i, tokens.size());
        if (!after && !dateline && m != null && !t.sentenceStart() && unlisted.countryInBrackets(m.end())) {
            after = true; // "Veracruz (México, 2014)": a city its country follows in brackets
        }
        if (!after && !dateline) {
            return null;
        }
        if (m == null || dateline && !opensDateline(i, m.end()) || after && nameGoesOn(m.end())) {
            return null;
        }
        if (m.end() == i + 1 && (g.stopwords.contains(t.key()) || dateline && g.givenNameKeys.contains(t.key())
                || triggerWords.contains(t.key()) || writtenInLowerCase(t.key()))) {
            return null;
        }
        return m;
    }

    private boolean cued(int i) {
        if (i == 0 || tokens.get(i).lineBefore()) {
            return false;
        }
        String before = tokens.get(i - 1).key();
        if (cues.contains(before) || settlements.contains(before)) {
            return true;
        }
        if (i < 2 || !links.contains(before)) {
            return false;
        }
        String noun = tokens.get(i - 2).key();
        return settlements.contains(noun) || triggerWords.contains(noun); // "the city of", "the summit of"
    }

    /** "TRONDHEIM, Norway -", "TRONDHEIM (Wire) -", "Trondheim - The ministers": a city alone opening a line. */
    private boolean opensDateline(int i, int end) {
        if (end >= tokens.size() || tokens.get(end).lineBefore()) {
            return false;
        }
        String next = tokens.get(end).key();
        boolean upper = true;
        for (int k = i; k < end; k++) {
            upper &= tokens.get(k).shape() == Token.UPPER || !tokens.get(k).isWord();
        }
        return DASHES.contains(next) || upper && (next.equals(",") || next.equals("("));
    }

    private boolean nameGoesOn(int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        return next.isCapitalised() && !next.lineBefore() && !next.sentenceStart();
    }

    private boolean writtenInLowerCase(String key) {
        if (lowerWords == null) {
            lowerWords = new HashSet<>();
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).shape() == Token.LOWER && standsAlone(k)) {
                    lowerWords.add(tokens.get(k).key());
                }
            }
        }
        return lowerWords.contains(key);
    }

    /** A word of running text, not a piece of a web address or file name ("/g5-pau-summit.html"). */
    private boolean standsAlone(int k) {
        if (!tokens.get(k).spaceBefore() && k > 0) {
            return false;
        }
        if (k + 1 == tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        return next.spaceBefore() || next.shape() == Token.PUNCT && !GLUE.contains(next.key());
    }

    /** The words of one kind of prepositions.tsv in the language's folder and the English one (all when null). */
    private static Set<String> ofLanguage(String language, String kind) {
        Set<String> out = new HashSet<>(keys(LanguageFolders.ownWordsOfKind("en", FILE, kind)));
        out.addAll(keys(language == null ? LanguageFolders.withWordsOfKind(FILE, kind)
                : LanguageFolders.ownWordsOfKind(language, FILE, kind)));
        return out;
    }

    private static Set<String> keys(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Tokenizer.key(w, 0, w.length()));
        }
        return out;
    }
}
