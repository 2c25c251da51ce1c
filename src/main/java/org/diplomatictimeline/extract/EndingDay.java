package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;

/**
 * Tells whether a date in an occasion's clause is the day it ended ("the two-day summit concluded on Sunday"), from
 * the verbs of ending between the occasion's word and the date (rows ENDED of {@code lang/<code>/dating.tsv}).
 */
final class EndingDay {

    private static final Set<String> ENDED = LanguageFolders.withWordsOfKind("dating.tsv", "ENDED");
    /** How many words may stand between the occasion's word and its verb of ending ("summit in the capital ended"). */
    private static final int REACH = 8;

    private EndingDay() {
    }

    /** True when a verb of ending follows the trigger closely and comes before the date. */
    static boolean between(Clause c, Trigger t, Timex date) {
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
}
