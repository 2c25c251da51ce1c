package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;

/**
 * A date told of another occasion the event is compared with ("a ceremony like the one held in Oslo on 20 July",
 * "un acto semejante al del 20 de julio ..."): the date is that earlier or later occasion's, not the
 * event's. The comparing phrases are each language's {@code COMPARED} rows of {@code dating.tsv}.
 */
final class ComparedOccasion {

    /** "like the one", "análoga a", "comme celle", as word sequences. */
    private static final List<String[]> COMPARED = LanguageFolders.withWordsOfKind("dating.tsv", "COMPARED").stream()
            .map(p -> p.split("\\+")).toList();
    /** How many words (a verb, a place: "the one held in Oslo") may stand between the phrase and the date. */
    private static final int REACH = 4;

    private ComparedOccasion() {
    }

    /**
     * Whether a comparing phrase ends at most {@link #REACH} words before {@code x} with no comma or other mark
     * between them, and the trigger lies outside the stretch from that phrase to the next comma: the trigger is the
     * event compared ("the ceremony, like the one held on 3 March, was led by ...") or one told after the
     * comparison ("..., who also gave a press conference"), not what the comparison tells.
     */
    static boolean datesTheOther(Clause c, Timex x, Trigger t) {
        List<Token> k = c.tokens();
        for (int i = 0; i < k.size() && k.get(i).end() <= x.start(); i++) {
            int end = matchEnd(k, i);
            if (end < 0 || !near(k, end, x)) {
                continue;
            }
            int stretchEnd = c.sentence().end();
            for (int j = end; j < k.size(); j++) {
                if (k.get(j).start() >= x.end() && k.get(j).lower().equals(",")) {
                    stretchEnd = k.get(j).start();
                    break;
                }
            }
            boolean inside = t.start() >= k.get(i).start() && t.end() <= stretchEnd;
            if (!inside) {
                return true;
            }
        }
        return false;
    }

    /** Whether at most {@link #REACH} words and no mark stand from token {@code from} up to {@code x}. */
    private static boolean near(List<Token> k, int from, Timex x) {
        int words = 0;
        for (int j = from; j < k.size() && k.get(j).end() <= x.start(); j++) {
            if (!Character.isLetterOrDigit(k.get(j).lower().charAt(0)) || ++words > REACH) {
                return false;
            }
        }
        return true;
    }

    /** The index after a comparing phrase starting at token {@code i}, or -1 when none starts there. */
    private static int matchEnd(List<Token> k, int i) {
        for (String[] words : COMPARED) {
            boolean all = i + words.length <= k.size();
            for (int j = 0; all && j < words.length; j++) {
                all = k.get(i + j).lower().equals(words[j]);
            }
            if (all) {
                return i + words.length;
            }
        }
        return -1;
    }
}
