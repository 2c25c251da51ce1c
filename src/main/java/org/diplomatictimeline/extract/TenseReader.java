package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Reads the tense and modality governing a word from the words before it in its clause ("will meet", "is expected
 * to", "has sent", "said"), and after it for nouns ("the visit, which will start").
 */
public final class TenseReader {

    private static final Set<String> FUTURE = withLanguageCues("FUTURE",
            "will", "shall", "'ll", "expected", "plans", "plan", "planned",
            "planning", "scheduled", "due", "going", "upcoming", "forthcoming", "next", "preparing", "prepare",
            "prepares", "ahead", "intends", "intend", "set", "aims", "hopes", "would", "coming", "future",
            "prepared", "preparation", "preparations", "await", "awaited", "va", "vont", "будет", "будут");
    private static final Set<String> PAST_AUX = withLanguageCues("PAST",
            "was", "were", "had", "has", "have", "did", "ago", "last",
            "earlier", "previous", "took", "held", "yesterday", "recent", "recently", "former");
    private static final Set<String> PAST_VERBS = Set.of("said", "met", "held", "told", "announced", "was", "were",
            "visited", "signed", "took", "made", "gave", "sent", "imposed", "slapped", "reported", "stated",
            "declared", "added", "noted", "stressed", "warned", "confirmed", "attended", "arrived", "travelled",
            "traveled", "discussed", "agreed", "thanked", "criticized", "criticised", "protested", "stepped",
            "received", "came", "went", "flew", "hosted", "welcomed", "concluded");
    // Sentences are already split, so a full stop inside one closes an abbreviation ("St. Petersburg"), not a clause.
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "!", "?", ":", "that", "which", "who",
            "while", "but", "although", "because", "whereas", "“", "”", "\"");
    private static final Set<String> CANCEL = withLanguageCues("CANCEL",
            "cancelled", "canceled", "cancel", "cancels", "postponed",
            "postpone", "scrapped", "suspended", "off", "delayed", "shelved", "aborted");

    private static final Set<String> NEGATION = withLanguageCues("NEGATION",
            "not", "n't", "never", "no", "nor", "cannot", "won't", "didn't", "don't", "doesn't", "wasn't", "weren't",
            "isn't", "aren't", "hasn't", "haven't");
    /** "not only met ... but": the negation is of "only", and the event holds. */
    private static final Set<String> NOT_ONLY = withLanguageCues("NOT_ONLY", "only", "just", "merely");

    /** English cue words plus the words of that kind in every language folder's {@code tense.tsv}. */
    private static Set<String> withLanguageCues(String kind, String... english) {
        return LanguageFolders.withWordsOfKind("tense.tsv", kind, english);
    }

    /** The tense governing the token at {@code index}, read backwards to the start of its clause. */
    public Tense before(List<Token> tokens, int index) {
        for (int i = index - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
            String w = tokens.get(i).lower();
            if (CLAUSE_BREAKS.contains(w)) {
                break;
            }
            if (FUTURE.contains(w)) {
                return Tense.FUTURE;
            }
            if (w.equals("to") && i > 0 && isPlanningWord(tokens.get(i - 1).lower())) {
                return Tense.FUTURE;
            }
            if (PAST_AUX.contains(w) || PAST_VERBS.contains(w)) {
                return Tense.PAST;
            }
            // "am" right before the word read is German "am Dienstag" (on), not English "I am".
            if (w.equals("is") || w.equals("are") || w.equals("am") && i < index - 1) {
                return Tense.PRESENT;
            }
        }
        return Tense.UNKNOWN;
    }

    /** The tense of a relative or following clause after a noun: "the visit, which will start on May 12". */
    public Tense after(List<Token> tokens, int index) {
        for (int i = index + 1, seen = 0; i < tokens.size() && seen < 8; i++, seen++) {
            String w = tokens.get(i).lower();
            if (w.equals(";") || w.equals("!") || w.equals("?")) {
                break;
            }
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                return Tense.FUTURE;
            }
            if (w.equals("was") || w.equals("were") || w.equals("took") || w.equals("ended")) {
                return Tense.PAST;
            }
        }
        return Tense.UNKNOWN;
    }

    /**
     * True when a negation governs the word from at most two words before it in its clause ("will not travel",
     * "has not yet met", "no agreement"): the text says the event does not take place. Further off the negation is
     * of something else ("did not attend the summit": the summit was held).
     */
    public boolean negated(List<Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
            String w = tokens.get(i).lower();
            if (CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            if (NEGATION.contains(w)) {
                return !NOT_ONLY.contains(tokens.get(i + 1).lower());
            }
        }
        return false;
    }

    /** True when the clause around the token says the event was called off or put off. */
    public boolean cancelled(List<Token> tokens, int index) {
        int from = Math.max(0, index - 6);
        int to = Math.min(tokens.size(), index + 25);
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            if (i > index && (w.equals(";") || w.equals("while") || w.equals("but"))) {
                break;
            }
            if (CANCEL.contains(w) && (!w.equals("off") || i > 0 && tokens.get(i - 1).lower().startsWith("call"))) {
                return true;
            }
        }
        return false;
    }

    /** True for a bare infinitive after a verb that does not plan ("trying to negotiate"), which is no event. */
    public boolean isIdleInfinitive(List<Token> tokens, int index) {
        if (index < 2 || !tokens.get(index - 1).lower().equals("to")) {
            return false;
        }
        String governor = tokens.get(index - 2).lower();
        return !isPlanningWord(governor) && !governor.startsWith("continu");
    }

    /** True when "to" after this word points to a future event ("expected to", "plans to", "set to"). */
    static boolean isPlanningWord(String w) {
        return FUTURE.contains(w) || w.equals("agreed") || w.equals("decided") || w.equals("is")
                || w.equals("are") || w.equals("scheduled") || w.startsWith("invit");
    }
}
