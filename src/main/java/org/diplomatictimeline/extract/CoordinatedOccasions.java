package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Two occasions named side by side and joined by "and" ("his recent visit to Egypt and the holding of the
 * tripartite summit"): a visit, summit or forum and an encounter of another type are two events, not one clause's
 * single encounter. The joining words are the AND rows of each language folder's {@code clauses.tsv}.
 */
final class CoordinatedOccasions {

    static final Set<String> AND = LanguageFolders.withWordsOfKind("clauses.tsv", "AND");
    /** How many words may stand between the two occasion words ("visit to Egypt and the holding of the"). */
    static final int REACH = 8;

    private CoordinatedOccasions() {
    }

    /** The encounter word joined to {@code family} so, or null. */
    static Trigger joined(List<Token> tokens, List<Trigger> found, Trigger family) {
        if (family == null || !family.pos().equals("NOUN")) {
            return null;
        }
        for (Trigger t : found) {
            if (t == family || t.isStatement() || !t.pos().equals("NOUN") || t.type() == family.type()
                    || !EventTypeProfile.encounter(t.type())
                    || !EnclosureCues.ENCLOSED.contains(t.type()) && !EnclosureCues.ENCLOSED.contains(family.type())) {
                continue;
            }
            Trigger first = t.start() < family.start() ? t : family;
            Trigger last = first == t ? family : t;
            if (joins(tokens, first, last, found)) {
                return t;
            }
        }
        return null;
    }

    /** Whether only a few words with a joining word and no other event word or comma stand between the two. */
    private static boolean joins(List<Token> tokens, Trigger first, Trigger last, List<Trigger> found) {
        int from = first.tokenIndex() + 1;
        int to = last.tokenIndex();
        if (to - from > REACH || to <= from) {
            return false;
        }
        boolean and = false;
        for (int i = from; i < to && i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            and |= AND.contains(w);
        }
        int start = first.end();
        int end = last.start();
        return and && found.stream().noneMatch(o -> o.start() >= start && o.end() <= end);
    }
}
