package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Steps of one day told one after the other in a sentence ("Welcomed in Lyon by the mayor, the president then
 * travelled to Nice"): after a comma or a joining word, a word of sequence ("then", "ensuite", "luego") opens the next
 * step, and an encounter word of that step is an occasion of its own, not a second word for the clause's encounter.
 * The words are the SEQUENCE rows of each language folder's {@code clauses.tsv}.
 */
final class SequencedOccasions {

    static final Set<String> SEQUENCE = LanguageFolders.withWordsOfKind("clauses.tsv", "SEQUENCE");

    private SequencedOccasions() {
    }

    /** The first encounter word told as a later or earlier step than {@code family}, the clause's encounter, or null. */
    static Trigger next(List<Token> tokens, List<Trigger> found, Trigger family) {
        if (family == null) {
            return null;
        }
        for (Trigger t : found) {
            if (t == family || t.isStatement() || !EventAssembler.MEETING_FAMILY.contains(t.type())) {
                continue;
            }
            Trigger first = t.start() < family.start() ? t : family;
            Trigger last = first == t ? family : t;
            if (stepBetween(tokens, first, last)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether a sequence word stands after {@code first} and before the end of {@code last} (inside it too: "s'est
     * ensuite rendu") or just after it ("reiste anschließend"), with a comma or joining word between {@code first}
     * and it.
     */
    static boolean stepBetween(List<Token> tokens, Trigger first, Trigger last) {
        boolean joined = false;
        int end = last.end();
        for (int i = first.tokenIndex() + 1; i < tokens.size() && (tokens.get(i).end() <= end
                || tokens.get(i - 1).end() == end); i++) {
            String w = tokens.get(i).lower();
            if (joined && SEQUENCE.contains(w)) {
                return true;
            }
            joined |= w.equals(",") || w.equals(";") || CoordinatedOccasions.AND.contains(w);
        }
        return false;
    }
}
