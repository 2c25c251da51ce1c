package org.diplomatictimeline.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Place;

/**
 * Ranks the places of a clause for one trigger: "in X" or "at X" before "to X", venues before cities before
 * regions before countries, the nearest first; a broad region ("in Eastern Europe") is never one.
 */
final class PlaceRanker {

    private final ActorMapper actors = new ActorMapper();

    /** "in", "at" and their kin in every language folder (lang/<code>/prepositions.tsv, kind PLACE). */
    static final Set<String> PLACE_PREPOSITIONS = LanguageFolders.withWordsOfKind("prepositions.tsv", "PLACE");
    /** "city", "town" and their kin (kind SETTLEMENT): "in the city of X" still says X is where it happened. */
    static final Set<String> SETTLEMENT_NOUNS = LanguageFolders.withWordsOfKind("prepositions.tsv", "SETTLEMENT");
    /** "to" and its kin (kind TRAVEL): a place after it is where a trip goes. */
    static final Set<String> TRAVEL_PREPOSITIONS = LanguageFolders.withWordsOfKind("prepositions.tsv", "TRAVEL");

    /** Prepositions of the article's own language only (kind PLACE-OWN or TRAVEL-OWN: Italian "a Roma"). */
    private static Set<String> own(Clause c, String kind) {
        return LanguageFolders.ownWordsOfKind(c.language(), "prepositions.tsv", kind);
    }

    /**
     * "le sommet de Pau", "la cumbre de Quito", "il vertice di Madrid": a city or venue joined to an occasion noun by
     * the article's own "of" (kind OCCASION) is where the occasion is, as surely as one after "in".
     */
    private static boolean namesOccasion(Clause c, Trigger t, Mention m) {
        if (!"NOUN".equals(t.pos()) || m.kind() != MentionKind.CITY && m.kind() != MentionKind.VENUE
                || !c.rightAfter(m, own(c, "OCCASION"))) {
            return false;
        }
        int of = c.tokenBefore(m.start());
        return of > 0 && c.tokenBefore(c.tokens().get(of).start()) == c.tokenBefore(t.end());
    }

    /** The article's own words for "of" that join a building to its city (kinds OCCASION and NAME_LINK). */
    private static Set<String> buildingLinks(Clause c) {
        Set<String> out = new HashSet<>(own(c, "OCCASION"));
        out.addAll(own(c, "NAME_LINK"));
        return out;
    }

    /** Most words a name may hold between its occasion noun and its city ("Cumbre del Mercosur Montevideo"). */
    private static final int NAME_GAP = 3;

    /**
     * "the Lisbon Summit", "the Geneva talks", "NATO Summit Vilnius", "Cumbre del Mercosur Montevideo": a city or
     * venue inside the occasion's own name is where it is held. Before the noun the city must stand alone ("the
     * Moscow-Washington talks" name the parties) or with one common noun between when a NAME_OPENER word or a year
     * opens the phrase ("the 2009 Lyon bomb attacks"); after it, only words of the name may stand between (capitalised
     * words and the language's "of", kinds OCCASION and NAME_LINK), the noun itself capitalised as a name's head is.
     */
    static boolean insideName(Clause c, Trigger t, Mention m) {
        if (!"NOUN".equals(t.pos()) || m.kind() != MentionKind.CITY && m.kind() != MentionKind.VENUE) {
            return false;
        }
        List<Token> k = c.tokens();
        String text = c.doc().text();
        if (m.end() <= t.start()) {
            int last = c.tokenBefore(t.start());
            int before = c.tokenBefore(m.start());
            if (last >= 0 && k.get(last).start() >= m.end() && isModifier(c, k.get(last)) && before >= 0
                    && opensName(c, k.get(before))) {
                last = c.tokenBefore(k.get(last).start()); // "the Lyon bomb attacks", "the Tromsø harbour fire"
            }
            return last >= 0 && k.get(last).start() >= m.start() && k.get(last).end() <= m.end()
                    && (before < 0 || !PAIRING.contains(k.get(before).lower()));
        }
        if (m.start() < t.end() || !Character.isUpperCase(text.charAt(t.start()))) {
            return false;
        }
        Set<String> of = own(c, "OCCASION");
        Set<String> link = own(c, "NAME_LINK");
        int gap = 0;
        for (int i = c.tokenBefore(t.end()) + 1; i < k.size() && k.get(i).start() < m.start(); i++) {
            Token w = k.get(i);
            boolean nameWord = Character.isUpperCase(text.charAt(w.start())) || of.contains(w.lower())
                    || link.contains(w.lower());
            if (!nameWord || ++gap > NAME_GAP) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word opens the noun phrase of a city and a qualifying noun: the language's NAME_OPENER words ("the",
     * "its") or a year ("the 2009 Lyon bomb attacks"), so "Paris welcomed talks" is no occasion of Paris.
     */
    private static boolean opensName(Clause c, Token w) {
        return own(c, "NAME_OPENER").contains(w.lower()) || AttributiveYear.fourDigits(w.lower());
    }

    /** A lower-case word of letters only, not one that pairs names: a common noun qualifying the occasion's noun. */
    private static boolean isModifier(Clause c, Token w) {
        String text = c.doc().text();
        return w.lower().chars().allMatch(Character::isLetter) && Character.isLowerCase(text.charAt(w.start()))
                && !PAIRING.contains(w.lower());
    }

    /**
     * Dashes, slashes and commas, and every language's words that join two names (conjunctions.txt): before a city
     * they pair it with another ("Moscow-Washington talks", "Madrid and Rabat talks"), and the cities are the parties.
     */
    private static final Set<String> PAIRING = pairing();

    private static Set<String> pairing() {
        Set<String> out = new HashSet<>(Set.of("-", "–", "—", "/", ","));
        out.addAll(LanguageFolders.wordsOfAll("conjunctions.txt"));
        return Set.copyOf(out);
    }

    List<Place> places(Clause c, Trigger t) {
        return places(c, t, c.sentence().start(), c.sentence().end());
    }

    /** The best place of the trigger among the places in {@code [from, to)} of the clause. */
    List<Place> places(Clause c, Trigger t, int from, int to) {
        Place best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Mention m : c.mentions()) {
            if (!ActorMapper.isPlace(m) || BroadRegions.contains(m) || c.insideForeignAttribution(t, m.start())
                    || m.start() < from || m.end() > to) {
                continue;
            }
            boolean travel = t.type() == EventType.VISIT || t.type() == EventType.FORUM || t.type() == EventType.SUMMIT;
            int tier = c.governedBy(m, PLACE_PREPOSITIONS) || c.rightAfter(m, own(c, "PLACE-OWN"))
                    || c.governedAcross(m, PLACE_PREPOSITIONS, SETTLEMENT_NOUNS)
                    || c.governedThroughAddress(m, PLACE_PREPOSITIONS)
                    || m.kind() == MentionKind.CITY && c.governedThroughBuilding(m, PLACE_PREPOSITIONS, buildingLinks(c))
                    || namesOccasion(c, t, m) || insideName(c, t, m) ? 0
                    : travel && (c.governedBy(m, TRAVEL_PREPOSITIONS) || c.rightAfter(m, own(c, "TRAVEL-OWN"))) ? 1
                    : -1;
            if (tier < 0 || !EventTypeProfile.of(t.type()).place()) {
                continue;
            }
            int specificity = switch (m.kind()) {
                case VENUE -> 0;
                case CITY -> 1;
                case REGION -> 2;
                default -> 3;
            };
            int rank = tier * 100 + specificity * 10 + Math.min(9, Math.abs(m.start() - t.start()) / 40);
            Optional<Place> p = actors.place(m);
            if (p.isPresent() && rank < bestRank) {
                best = p.get();
                bestRank = rank;
            }
        }
        return best == null ? List.of() : List.of(best);
    }
}
