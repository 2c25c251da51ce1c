package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;

/**
 * Tells whether a date in an occasion's clause is the day it ended ("the two-day summit concluded on Sunday"), from
 * the verbs of ending between the occasion's word and the date or just before the occasion's word ("wrapped up a
 * three-day visit on Sunday"; rows ENDED of {@code lang/<code>/dating.tsv}), or told by a verb of closing right
 * before it (rows CLOSES: "opens today, to close tomorrow").
 */
final class EndingDay {

    private static final Set<String> ENDED = LanguageFolders.withWordsOfKind("dating.tsv", "ENDED");
    private static final Set<String> CLOSES = LanguageFolders.withWordsOfKind("dating.tsv", "CLOSES");
    /** How many words may stand between a verb of closing and its date ("to close tomorrow, Monday 9"). */
    private static final int CLOSE_REACH = 3;
    /** How many words may stand between the occasion's word and its verb of ending ("summit in the capital ended"). */
    private static final int REACH = 8;

    private EndingDay() {
    }

    /**
     * True when a verb of ending follows the trigger closely and comes before the date, or stands just before the
     * trigger ("wrapped up a three-day visit on Sunday", "a achevé, dimanche, une visite de trois jours").
     */
    static boolean between(Clause c, Trigger t, Timex date) {
        if (endedBefore(c, t)) {
            return true;
        }
        if (date.start() < t.end()) {
            return false;
        }
        List<Token> k = c.tokens();
        int words = 0;
        for (Token token : k) {
            if (token.start() < t.end()) {
                continue;
            }
            if (token.start() >= date.start() || ++words > REACH) {
                return false;
            }
            if (ENDED.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between a verb of ending and the occasion it ends ("ended, on Sunday, a visit"). */
    private static final int BEFORE_REACH = 6;

    /** A verb of ending a few words before the trigger, in its sentence part (no full stop or semicolon between). */
    private static boolean endedBefore(Clause c, Trigger t) {
        return wordBefore(c.tokens(), t.start(), BEFORE_REACH, ENDED, true);
    }

    /**
     * Whether one of {@code wanted} stands among the {@code reach} words before {@code position}; with
     * {@code inSentencePart}, a full stop or semicolon before it ends the search.
     */
    private static boolean wordBefore(List<Token> k, int position, int reach, Set<String> wanted,
                                      boolean inSentencePart) {
        int words = 0;
        for (int i = k.size() - 1; i >= 0; i--) {
            Token token = k.get(i);
            if (token.start() >= position) {
                continue;
            }
            String w = token.lower();
            if (inSentencePart && (w.equals(".") || w.equals(";")) || ++words > reach) {
                return false;
            }
            if (wanted.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date an occasion starts on, of the clause's dates: {@code nearest} unless a verb of closing governs it
     * ("the forum opens on the 12th and closes on the 14th"), then the nearest other date no such verb governs.
     */
    static Timex opening(Clause c, List<Timex> dates, Timex nearest) {
        if (!closing(c, nearest)) {
            return nearest;
        }
        Timex best = nearest;
        for (Timex x : dates) {
            if (x != nearest && !closing(c, x) && (best == nearest
                    || Math.abs(x.start() - nearest.start()) < Math.abs(best.start() - nearest.start()))) {
                best = x;
            }
        }
        return best;
    }

    private static boolean closing(Clause c, Timex date) {
        return wordBefore(c.tokens(), date.start(), CLOSE_REACH, CLOSES, false);
    }
}
