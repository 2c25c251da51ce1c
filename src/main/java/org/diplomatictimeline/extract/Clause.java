package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.time.Timex;

/**
 * One sentence being assembled, with its tokens, mentions, temporal expressions and attribution clauses, and what
 * the sentences before it left open (the enclosing event, the cue that places this one inside it).
 *
 * @param allMentions the mentions just before this sentence, for "he" and "his" reaching back
 * @param language    the language the article was identified in (a folder code), or null when none could be
 * @param toldDays    the days the article writes out, for a bare weekday when the article's day is unknown
 */
record Clause(Document doc, Sentence sentence, List<Token> tokens, List<Mention> mentions, List<Timex> timexes,
              Map<Trigger, int[]> attributions, Evidence evidence, DocumentDate docDate, List<Mention> allMentions,
              int order, EventMention enclosing, String withinCue, String language, ToldDays toldDays) {

    private static final Set<String> ENGLISH_ARTICLES = LanguageFolders.ownWordsOfKind("en", "dating.tsv", "ARTICLE");


    /** The index of the last token starting before {@code offset}, or -1; binary search keeps long sentences cheap. */
    int tokenBefore(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * Whether the word before the mention, skipping an article of the clause's language or of English (dating.tsv
     * ARTICLE: "the", "la", "der"), is one of {@code prepositions}.
     */
    boolean governedBy(Mention m, Set<String> prepositions) {
        int idx = tokenBefore(m.start());
        if (idx < 0) {
            return false;
        }
        Token previous = tokens.get(idx);
        if (ENGLISH_ARTICLES.contains(previous.lower())
                || LanguageFolders.ownWordsOfKind(language, "dating.tsv", "ARTICLE").contains(previous.lower())) {
            previous = idx > 0 ? tokens.get(idx - 1) : null;
        }
        return previous != null && prepositions.contains(previous.lower());
    }

    /**
     * Whether a preposition of {@code prepositions} governs the mention across a settlement noun of
     * {@code settlements} and at most four words in all ("в китайском городе Сиане", "in the port city of Aden",
     * "dans la ville de Lyon"): languages that name the kind of place before its name still say where it is.
     */
    boolean governedAcross(Mention m, Set<String> prepositions, Set<String> settlements) {
        int idx = tokenBefore(m.start());
        // "in its capital, Windhoek": the name set off by a comma right after the settlement noun is the settlement
        boolean apposed = idx >= 1 && tokens.get(idx).lower().equals(",")
                && settlements.contains(tokens.get(idx - 1).lower());
        boolean settlement = false;
        for (int i = idx; i >= 0 && idx - i < 5; i--) {
            Token between = tokens.get(i);
            if (prepositions.contains(between.lower()) && i < idx) {
                return settlement && (noPunctuation(between.end(), m.start())
                        || apposed && noPunctuation(between.end(), tokens.get(idx).start()));
            }
            settlement |= settlements.contains(between.lower());
        }
        return false;
    }

    /** How many words back an address may run from its place to its preposition ("at X Office, Y, Z"). */
    private static final int ADDRESS_REACH = 8;

    /**
     * Whether the mention ends an address after a comma whose head a preposition of {@code prepositions} governs
     * and names no known place ("at the ministry's office, Kensington, London", "di Kantor Gubernur, Menteng,
     * Jakarta"): the building is where it happened, and the place closing its address says in which city. Only
     * capitalised names and commas, and one article after the preposition, may stand between them.
     */
    boolean governedThroughAddress(Mention m, Set<String> prepositions) {
        int idx = tokenBefore(m.start());
        if (idx < 1 || !tokens.get(idx).lower().equals(",")) {
            return false;
        }
        for (int i = idx - 1; i >= 0 && idx - i <= ADDRESS_REACH; i--) {
            Token k = tokens.get(i);
            if (prepositions.contains(k.lower())) {
                int head = i + 1;
                return head < idx && capitalised(tokens.get(head)) && notPlaceAt(tokens.get(head));
            }
            if (!k.lower().equals(",") && !capitalised(k)) {
                // an article may stand between the preposition and the building ("at the Guest House, ...")
                return i > 0 && prepositions.contains(tokens.get(i - 1).lower()) && i + 1 < idx
                        && capitalised(tokens.get(i + 1)) && notPlaceAt(tokens.get(i + 1));
            }
        }
        return false;
    }

    /** Most words a building's name may hold between its preposition and its "of" ("the Royal Palace of Marrakesh"). */
    private static final int BUILDING_REACH = 4;

    /**
     * Whether the mention closes a building's name after one of {@code links} ("of", "de", "di"), the building
     * governed by a preposition of {@code prepositions} and named by words no known place holds, the first of them
     * capitalised: "in the Royal Palace of Marrakesh", "en el Palacio Real de Marrakech", "au Palais royal de Marrakech", "nel
     * Palazzo Reale di Marrakech". The building is where it happened, and the place after its "of" says in which city.
     */
    boolean governedThroughBuilding(Mention m, Set<String> prepositions, Set<String> links) {
        int idx = tokenBefore(m.start());
        if (idx < 2 || !links.contains(tokens.get(idx).lower())) {
            return false;
        }
        int head = -1;
        for (int i = idx - 1; i >= 0 && idx - i <= BUILDING_REACH + 2; i--) {
            Token k = tokens.get(i);
            if (prepositions.contains(k.lower())) {
                return head == i + 1 && noPunctuation(k.end(), tokens.get(idx).start());
            }
            if (!notPlaceAt(k) || links.contains(k.lower()) || idx - i > BUILDING_REACH) {
                return false;
            }
            if (capitalised(k)) {
                head = i;
            } else if (head == i + 1 && k.lower().length() <= 3 && i > 0
                    && prepositions.contains(tokens.get(i - 1).lower())) {
                head = i; // an article between the preposition and the building: "en el Palacio Real"
            }
        }
        return false;
    }

    private boolean notPlaceAt(Token k) {
        return mentions.stream().noneMatch(o -> o.start() == k.start() && ActorMapper.isPlace(o));
    }

    private boolean capitalised(Token k) {
        return Character.isUpperCase(doc.text().charAt(k.start()));
    }

    private boolean noPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = doc.text().charAt(i);
            if (!Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch) && ch != '\'' && ch != '\u2019'
                    && ch != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word just before the mention is one of {@code words}, with no article skipped: the article's own
     * prepositions that are articles in other languages (Italian "a Roma", Portuguese "a Lisboa").
     */
    boolean rightAfter(Mention m, Set<String> words) {
        int idx = tokenBefore(m.start());
        return idx >= 0 && words.contains(tokens.get(idx).lower());
    }

    /** Whether the offset lies inside any attribution clause ("X said that ..."). */
    boolean insideAnyAttribution(int offset) {
        return attributions.values().stream().anyMatch(a -> offset >= a[0] && offset < a[1]);
    }

    /** Whether the offset lies inside an attribution clause that does not hold the trigger. */
    boolean insideForeignAttribution(Trigger t, int offset) {
        for (int[] a : attributions.values()) {
            boolean triggerInside = t.start() >= a[0] && t.end() <= a[1];
            if (!triggerInside && offset >= a[0] && offset < a[1]) {
                return true;
            }
        }
        return false;
    }
}
