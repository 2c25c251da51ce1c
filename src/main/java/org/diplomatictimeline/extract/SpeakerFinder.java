package org.diplomatictimeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.mention.GovernmentSeats;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.Place;

/**
 * Finds who speaks in a statement's attribution: the people and bodies named before the reporting verb, else after
 * it ("..., said Obama") or before an apposition ("President X, chair of the bloc, deplored"), and where a government
 * body that speaks alone sits.
 */
final class SpeakerFinder {

    private final ArgumentFinder arguments;
    private final GovernmentSeats seats = GovernmentSeats.standard();

    SpeakerFinder(ArgumentFinder arguments) {
        this.arguments = arguments;
    }

    /** The speakers named in an attribution span before its reporting verb, with their countries. */
    List<Participant> of(Clause c, Trigger t, int[] span) {
        List<Participant> speakers = new ArrayList<>();
        for (Mention m : c.mentions()) {
            if (m.start() >= span[0] && m.end() <= span[1] && (m.end() <= t.start() || t.pos().equals("REPORT"))
                    && !NonParty.agencyCredit(c.doc().text(), m) && !NonParty.datelinePlace(c.doc(), m)
                    && !NonParty.insideQuoteBefore(c, t, m) && !NonParty.pressOf(c, m)) {
                arguments.actorOf(m, true).ifPresent(speakers::add);
            }
        }
        if (speakers.isEmpty() && t.pos().equals("VERB")) {
            invertedSpeaker(c, t, span).filter(m -> !NonParty.pressOf(c, m)).flatMap(m -> arguments.actorOf(m, true))
                    .ifPresent(speakers::add);
        }
        if (speakers.isEmpty() && t.pos().equals("VERB")) {
            appositiveSpeaker(c, span).flatMap(m -> arguments.actorOf(m, true)).ifPresent(speakers::add);
        }
        if (speakers.isEmpty() && t.pos().equals("VERB")) {
            coordinatedSpeaker(c, t, span).flatMap(m -> arguments.actorOf(m, true)).ifPresent(speakers::add);
        }
        arguments.addImpliedCountries(speakers);
        return speakers;
    }

    /**
     * Where a government body speaking with no person named makes its statement: "the White House announced" in
     * Washington, "the Kremlin said" in Moscow, "Egypt's foreign ministry said" in Cairo; empty when a person speaks
     * (people travel, and what places their words is the sentence).
     */
    List<Place> seat(Clause c, Trigger t, int[] span) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : c.mentions()) {
            if (m.start() >= span[0] && m.end() <= span[1] && (m.end() <= t.start() || t.pos().equals("REPORT"))
                    && !NonParty.agencyCredit(c.doc().text(), m) && !NonParty.datelinePlace(c.doc(), m)
                    && !NonParty.insideQuoteBefore(c, t, m)) {
                named.add(m);
            }
        }
        if (named.isEmpty() && t.pos().equals("VERB")) {
            invertedSpeaker(c, t, span).ifPresent(named::add);
        }
        if (named.stream().anyMatch(m -> m.kind() == MentionKind.PERSON)) {
            return List.of();
        }
        return named.stream().map(seats::seatOf).flatMap(Optional::stream).findFirst().flatMap(arguments::place)
                .map(List::of).orElse(List.of());
    }

    /** How far after its verb an inverted speaker may stand: a time word and a title ("dijo el lunes el canciller"). */
    static final int INVERSION_REACH = 8;
    /** How much farther when an aside set off by a comma follows the verb ("a dit, dans la soirée, le ministre X"). */
    private static final int ASIDE_EXTRA = 4;

    /** Whether the verb follows a closing quote («...», afirmó X en ...): what it names next is its speaker. */
    static boolean afterQuote(Clause c, Trigger t) {
        int i = t.tokenIndex() - 1;
        if (i >= 0 && c.tokens().get(i).lower().equals(",")) {
            i--;
        }
        return i >= 0 && Set.of("»", "”", "\"", "“").contains(c.tokens().get(i).lower());
    }

    /**
     * The speaker named after the verb when none is named before it ("..., a annoncé l'Élysée.", "..., said
     * Obama", "anunció el presidente Milei."): the first actor within reach of the verb, right after a quote or
     * else closing the clause (followed by nothing but its end or a comma), so "announced Russia's withdrawal"
     * names no speaker.
     */
    static Optional<Mention> invertedSpeaker(Clause c, Trigger t, int[] span) {
        List<Token> k = c.tokens();
        int after = t.tokenIndex() + 1;
        while (after < k.size() && k.get(after).start() < t.end()) {
            after++;
        }
        boolean aside = after < k.size() && k.get(after).lower().equals(",");
        int limit = t.tokenIndex() + INVERSION_REACH + (aside ? ASIDE_EXTRA : 0);
        for (Mention m : c.mentions()) {
            if (m.start() < t.end() || m.end() > span[1] || m.kind() == MentionKind.TOPIC
                    || NonParty.agencyCredit(c.doc().text(), m)) {
                continue;
            }
            int first = c.tokenBefore(m.start() + 1);
            if (first > limit || c.governedBy(m, ArgumentFinder.NON_ACTOR_PREPOSITIONS)
                    || c.governedBy(m, PlaceRanker.PLACE_PREPOSITIONS)) {
                return Optional.empty(); // "said a researcher at a Jakarta think tank": the speaker is unnamed
            }
            int next = c.tokenBefore(m.end()) + 1;
            boolean closes = next >= k.size() || k.get(next).start() >= span[1]
                    || Set.of(",", ".", ";", ":").contains(k.get(next).lower());
            return closes || afterQuote(c, t) ? Optional.of(m) : Optional.empty();
        }
        return Optional.empty();
    }

    /** How many tokens an apposition between a speaker and the verb may hold. */
    static final int APPOSITION_REACH = 16;

    /**
     * The person named just before a noun apposition that separates them from the verb: "President X, chair of the
     * bloc, deplored ...", "le président X, par ailleurs président en exercice de l'Union, a déploré ...". The
     * attribution span opens after the apposition's closing comma; the speaker ends right at its opening comma.
     */
    static Optional<Mention> appositiveSpeaker(Clause c, int[] span) {
        List<Token> k = c.tokens();
        int close = c.tokenBefore(span[0]);
        if (close < 1 || !k.get(close).lower().equals(",") || k.get(close).end() != span[0]) {
            return Optional.empty();
        }
        for (int open = close - 2; open >= Math.max(1, close - APPOSITION_REACH); open--) {
            String w = k.get(open).lower();
            if (Set.of(";", ":", "»", "«", "\"", "”", "“").contains(w)) {
                return Optional.empty();
            }
            if (w.equals(",")) {
                Optional<Mention> named = namedApposition(c, open, close);
                if (named.isPresent()) {
                    return named; // "the spokesman of the government, X, said": the apposition is the name
                }
                String first = k.get(open + 1).lower();
                if (DateScope.PERSON.contains(first) || DateScope.RELATIVE.contains(first)) {
                    // ", who will travel with him, said": a relative clause has its own verb, whose tense and
                    // modality the statement would take for its own
                    return Optional.empty();
                }
                int at = k.get(open).start();
                return c.mentions().stream()
                        .filter(m -> m.kind() == MentionKind.PERSON && m.end() <= at
                                && c.tokenBefore(at) == c.tokenBefore(m.end()))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /** How far from the sentence's start the subject's name may begin ("Le président X", "President X"). */
    static final int SUBJECT_REACH = 3;

    /**
     * The subject of the sentence for a verb of speech coordinated after a comma ("President X expressed his
     * sympathies for the victims of the attacks in the capital, Y, and condemned the act", "la ministra X visitó
     * el puerto, y criticó ..."): the attribution opens after the comma with "and" (clauses.tsv AND) right before
     * the verb, so the speaker is the person the sentence opens with, when it opens with one.
     */
    static Optional<Mention> coordinatedSpeaker(Clause c, Trigger t, int[] span) {
        List<Token> k = c.tokens();
        int first = c.tokenBefore(span[0]) + 1;
        if (first < 1 || first + 1 != t.tokenIndex() || !k.get(first - 1).lower().equals(",")
                || !CoordinatedOccasions.AND.contains(k.get(first).lower())) {
            return Optional.empty();
        }
        int at = k.get(first).start();
        return c.mentions().stream().filter(m -> m.end() <= at && !NonParty.insideQuoteBefore(c, t, m)
                        && !NonParty.datelinePlace(c.doc(), m) && !NonParty.agencyCredit(c.doc().text(), m))
                .findFirst()
                .filter(m -> m.kind() == MentionKind.PERSON && c.tokenBefore(m.start() + 1) <= SUBJECT_REACH);
    }

    /**
     * The person who fills an apposition between two commas on their own ("La ministre des Armées, X, a déclaré",
     * "El portavoz del Gobierno, X, dijo"): a title first, then the name set off, then the verb.
     */
    private static Optional<Mention> namedApposition(Clause c, int open, int close) {
        return c.mentions().stream()
                .filter(m -> m.kind() == MentionKind.PERSON && c.tokenBefore(m.start() + 1) == open + 1
                        && c.tokenBefore(m.end()) == close - 1)
                .findFirst();
    }
}
