package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Clauses of one sentence told side by side after a comma and a contrast word ("The emir will visit in January,
 * while the crown prince will visit in February"): each clause that holds an encounter word is an encounter of its
 * own, with the actors of its side only. The words are the CONTRAST rows of each language folder's
 * {@code clauses.tsv}.
 */
final class ContrastClauses {

    static final Set<String> CONTRAST = LanguageFolders.withWordsOfKind("clauses.tsv", "CONTRAST");

    private ContrastClauses() {
    }

    /**
     * The first encounter word across a contrast boundary from {@code family}, the sentence's chosen encounter, or
     * null when the sentence tells no second encounter so.
     */
    static Trigger second(List<Token> tokens, List<Trigger> found, Trigger family) {
        if (family == null) {
            return null;
        }
        return found.stream().filter(t -> t != family && !t.isStatement() && EventTypeProfile.encounter(t.type())
                        && (t.start() >= family.end() ? boundaryBetween(tokens, family.end(), t.start())
                        : boundaryBetween(tokens, t.end(), family.start())) >= 0)
                .findFirst().orElse(null);
    }

    /**
     * The span of {@code t}'s own side of the sentence, {@code [from, to)} narrowed to it when a contrast boundary
     * stands between {@code t} and another encounter word; else {@code [from, to)} unchanged.
     */
    static int[] side(List<Token> tokens, Trigger t, List<Trigger> all, int from, int to) {
        int start = from;
        int end = to;
        for (Trigger o : all) {
            if (o == t || o.isStatement() || !EventTypeProfile.encounter(o.type())) {
                continue;
            }
            if (o.end() <= t.start()) {
                int b = boundaryBetween(tokens, o.end(), t.start());
                start = b >= 0 ? Math.max(start, b) : start;
            } else if (o.start() >= t.end()) {
                int b = boundaryBetween(tokens, t.end(), o.start());
                end = b >= 0 ? Math.min(end, commaBefore(tokens, b)) : end;
            }
        }
        return new int[] {start, end};
    }

    /**
     * Whether {@code x} stands across a contrast boundary from {@code t} on a side that tells an event of its own
     * ("the ban takes effect on Tuesday, while three states have decided to close their borders"): the date is that
     * side's event's, not {@code t}'s. A side with no event word and few words of its own ("On Monday, while attending
     * the summit, he met ...") still dates the sentence.
     */
    static boolean dateAcross(List<Token> tokens, int timexStart, int timexEnd, Trigger t, List<Trigger> others) {
        int from = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            boolean last = i == tokens.size();
            if (!last && !contrast(tokens, i)) {
                continue;
            }
            int to = last ? Integer.MAX_VALUE : tokens.get(i - 1).start();
            boolean timexHere = timexStart >= from && timexEnd <= to;
            boolean triggerHere = t.start() >= from && t.end() <= to;
            if (timexHere && !triggerHere) {
                int lo = from;
                int hi = to;
                return others.stream().anyMatch(o -> o != t && o.start() >= lo && o.end() <= hi)
                        || wordsOutside(tokens, lo, hi, timexStart, timexEnd) >= CLAUSE_WORDS;
            }
            if (!last) {
                from = tokens.get(i).start();
            }
        }
        return false;
    }

    /** How many words besides its date make a side a clause of its own, not an opening adverbial ("On Monday,"). */
    private static final int CLAUSE_WORDS = 4;

    private static int wordsOutside(List<Token> tokens, int from, int to, int timexStart, int timexEnd) {
        int n = 0;
        for (Token k : tokens) {
            boolean word = !k.lower().isEmpty() && Character.isLetter(k.lower().charAt(0));
            if (word && k.start() >= from && k.end() <= to && (k.end() <= timexStart || k.start() >= timexEnd)) {
                n++;
            }
        }
        return n;
    }

    /** Where the last contrast word in {@code [from, to)} starts, or -1. */
    private static int boundaryBetween(List<Token> tokens, int from, int to) {
        int found = -1;
        for (int i = 1; i < tokens.size() && tokens.get(i).start() < to; i++) {
            if (tokens.get(i).start() >= from && contrast(tokens, i)) {
                found = tokens.get(i).start();
            }
        }
        return found;
    }

    private static boolean contrast(List<Token> tokens, int i) {
        return tokens.get(i - 1).lower().equals(",") && CONTRAST.contains(tokens.get(i).lower());
    }

    /** The start of the comma just before the contrast word starting at {@code at}. */
    private static int commaBefore(List<Token> tokens, int at) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() == at) {
                return tokens.get(i - 1).start();
            }
        }
        return at;
    }
}
