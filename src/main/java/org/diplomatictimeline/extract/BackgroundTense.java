package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Whether an event's word is told as background before the article's news: in the past perfect ("Khan had made his maiden visit to Riyadh", "avait rencontré"):
 * the tense of background, an occasion before the article's news), or as recent ("his recent visit to Cairo"). The
 * auxiliaries, the articles that turn one into a plain verb ("had a meeting") and the words for recent live in each
 * language folder's {@code dating.tsv} (PAST_PERFECT, ARTICLE, RECENT).
 */
final class BackgroundTense {

    static final Set<String> AUXILIARIES = LanguageFolders.withWordsOfKind("dating.tsv", "PAST_PERFECT");
    static final Set<String> ARTICLES = LanguageFolders.withWordsOfKind("dating.tsv", "ARTICLE");
    static final Set<String> RECENT = LanguageFolders.withWordsOfKind("dating.tsv", "RECENT");
    /**
     * How many words may stand between "recent" and the event's word within one clause ("his recent official visit",
     * "his recent visit to Egypt and the holding of the tripartite summit").
     */
    private static final int RECENT_REACH = 10;
    /** How far before the event's word the auxiliary may stand ("had made his maiden visit"). */
    private static final int REACH = 6;

    private BackgroundTense() {
    }

    /** Whether a past-perfect auxiliary governs the trigger from before it, within its clause. */
    static boolean governs(List<Token> tokens, Trigger t) {
        for (int i = t.tokenIndex() - 1; i >= 0 && i >= t.tokenIndex() - REACH; i--) {
            String w = tokens.get(i).lower();
            if (AUXILIARIES.contains(w)) {
                // "had a meeting", "avait une réunion": a plain past of "have", not an auxiliary
                return i + 1 < tokens.size() && !ARTICLES.contains(tokens.get(i + 1).lower());
            }
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || DateScope.RELATIVE.contains(w)
                    || DateScope.PERSON.contains(w)) {
                return false; // another clause: ", which had ...", "; he had ..."
            }
        }
        return false;
    }

    /** How far after a noun the auxiliary may stand ("this trip had been postponed", "cette tournée avait été"). */
    private static final int AFTER_NOUN = 4;

    /**
     * Whether the trigger's clause is told in the past perfect: an auxiliary governs it from before, or follows it
     * when it is a noun ("this trip had been postponed").
     */
    static boolean told(List<Token> tokens, Trigger t) {
        if (governs(tokens, t)) {
            return true;
        }
        if (!t.pos().equals("NOUN")) {
            return false;
        }
        int from = t.tokenIndex();
        while (from < tokens.size() && tokens.get(from).start() < t.end()) {
            from++;
        }
        for (int i = from; i < tokens.size() && i < from + AFTER_NOUN; i++) {
            String w = tokens.get(i).lower();
            if (AUXILIARIES.contains(w)) {
                return i + 1 < tokens.size() && !ARTICLES.contains(tokens.get(i + 1).lower());
            }
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word for recent stands before the trigger in its clause ("his recent visit", "sa récente visite"). */
    static boolean recent(List<Token> tokens, Trigger t) {
        if (t.hasWordBefore(tokens, RECENT, RECENT_REACH)) {
            return true;
        }
        // "la visite récente", "la visita recente": the adjective after the noun
        int next = t.tokenIndex() + 1;
        return next < tokens.size() && RECENT.contains(tokens.get(next).lower());
    }
}
