package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * The office that speaks when no person or known body is named before a reporting verb: "the President's Office
 * confirmed", "the presidential office announced", "the industry ministry said". An office heads the phrase (rows
 * OFFICE of {@code lang/<code>/reporting.tsv}) and at least one word qualifies it, so "his office said" or "the
 * ministry said" (a body named earlier, or nobody we can tell) stays unnamed.
 */
final class OfficeSpeaker {

    /** Words that head an office speaking for a government ("office", "ministry", "press service"). */
    static final Set<String> OFFICES = LanguageFolders.withWordsOfKind("reporting.tsv", "OFFICE");

    /** How many qualifying words may stand before the office ("the Uzbek presidential press service"). */
    static final int REACH = 4;

    private OfficeSpeaker() {
    }

    /**
     * The office named in {@code span} before the reporting verb {@code t}, as an organisation of this article
     * only: the same words in two articles may be two countries' offices, so they never join events across
     * articles.
     */
    static Optional<Participant> of(Clause c, Trigger t, int[] span) {
        List<Token> tokens = c.tokens();
        Set<String> boundary = boundaryWords(c.language());
        for (int h = t.tokenIndex() - 1; h >= 0 && tokens.get(h).start() >= span[0]; h--) {
            if (!OFFICES.contains(tokens.get(h).lower())) {
                continue;
            }
            Token next = tokens.get(h + 1);
            if (ownWords(c.language(), "ORDER").contains("after")) {
                return after(c, t, h); // "la oficina presidencial anunció", "Istana Kepresidenan mengumumkan"
            }
            if (h + 1 == t.tokenIndex() && ownWords(c.language(), "SOLE").contains(tokens.get(h).lower())) {
                return Optional.of(office(c, h, h)); // "das Präsidialamt teilte mit": the word says whose
            }
            if (h + 1 < t.tokenIndex() && (of(c.language()).contains(next.lower())
                    || word(next) && !boundary.contains(next.lower()))) {
                // "the office of X said", "the ministry spokesman said": not the head; "the office on Monday
                // said" is
                return Optional.empty();
            }
            int first = h;
            while (first > 0 && h - first < REACH && tokens.get(first - 1).start() >= span[0]
                    && word(tokens.get(first - 1)) && !boundary.contains(tokens.get(first - 1).lower())) {
                first--;
            }
            int head = h;
            while (first < head && OFFICES.contains(tokens.get(head - 1).lower())) {
                head--; // "press service": the head is the whole run of office words
            }
            if (first == head) {
                return Optional.empty(); // "his office said", "the ministry said": nobody we can tell
            }
            return Optional.of(office(c, first, h));
        }
        return Optional.empty();
    }

    /**
     * Whether the verb {@code t} is followed by a pronoun's office ("..., said his office in a statement"): the office
     * speaks for the person the pronoun points back to.
     */
    static boolean pronounOfficeAfter(Clause c, Trigger t, ArgumentFinder arguments) {
        List<Token> tokens = c.tokens();
        int i = t.tokenIndex() + 1;
        return i + 1 < tokens.size() && OFFICES.contains(tokens.get(i + 1).lower())
                && arguments.mentionsPronoun(c, new int[] {tokens.get(i).start(), tokens.get(i).end()});
    }

    /**
     * In a language whose qualifiers follow the office (rows ORDER after): the words between the office at
     * {@code h} and the verb qualify it ("la présidence sénégalaise a annoncé", "пресс-служба Кремля сообщила");
     * with none, only an office that says whose it is on its own (rows SOLE: "la présidence") speaks.
     */
    private static Optional<Participant> after(Clause c, Trigger t, int h) {
        List<Token> tokens = c.tokens();
        Set<String> boundary = boundaryWords(c.language());
        Set<String> of = of(c.language());
        int last = h;
        while (last + 1 < t.tokenIndex() && last - h < REACH && word(tokens.get(last + 1))
                && !boundary.contains(tokens.get(last + 1).lower())) {
            last++;
        }
        if (last + 1 < t.tokenIndex()) {
            return Optional.empty(); // "le bureau du porte-parole a dit", a time or a clause between: not the head
        }
        while (last > h && of.contains(tokens.get(last).lower())) {
            last--; // "l'ufficio di": a longer name we cannot close
        }
        if (last == h && !ownWords(c.language(), "SOLE").contains(tokens.get(h).lower())) {
            return Optional.empty(); // "le ministère a dit": nobody we can tell
        }
        return Optional.of(office(c, h, last));
    }

    private static Participant office(Clause c, int first, int last) {
        List<Token> tokens = c.tokens();
        String phrase = c.doc().text().substring(tokens.get(first).start(), tokens.get(last).end());
        String name = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        String id = "org:office:" + c.doc().id() + ":" + phrase.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
        return new Participant(id, name, ParticipantKind.ORGANISATION, "", "");
    }

    private static Set<String> ownWords(String language, String kind) {
        return LanguageFolders.ownWordsOfKind(language == null ? "en" : language, "reporting.tsv", kind);
    }

    private static boolean word(Token k) {
        return Character.isLetter(k.lower().charAt(0));
    }

    private static Set<String> of(String language) {
        return LanguageFolders.ownWordsOfKind(language == null ? "en" : language, "reporting.tsv", "OF");
    }

    private static Set<String> boundaryWords(String language) {
        return LanguageFolders.ownWordsOfKind(language == null ? "en" : language, "reporting.tsv", "BOUNDARY");
    }
}
