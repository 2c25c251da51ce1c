package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;

/**
 * Whether a temporal expression dates the occasion an event is compared with, not the event: "the ceremony in Lima,
 * like the one that on 3 May reopened the mission in Quito, was led by ...", "una cumbre análoga a la del 3 de
 * mayo". A comparison word (dating.tsv's {@code LIKE}) stands a few words before a pronoun that stands for another
 * thing of the event's kind ({@code ONE}: "the one", "la que", "celle du"), and the date follows that pronoun in
 * its own stretch of the sentence, with the event's word outside that stretch. The event keeps whatever else dates it (the article's
 * day by its tense), and the other occasion's day is not lent to it.
 */
final class ComparedOccasion {

    private static final String FILE = "dating.tsv";
    private static final java.util.Set<String> LIKE = LanguageFolders.withWordsOfKind(FILE, "LIKE");
    private static final List<String[]> ONE = LanguageFolders.withWordsOfKind(FILE, "ONE").stream()
            .map(p -> p.split("\\+")).toList();
    /** How many words (a preposition, an article) may stand between the comparison word and the pronoun. */
    private static final int LIKE_REACH = 3;
    /** How many words after the pronoun the date may start ("la que el 20 de julio", "the one held in Quito on"). */
    private static final int DATE_REACH = 8;

    private ComparedOccasion() {
    }

    /** Whether {@code x} is told of the occasion the trigger's event is likened to. */
    static boolean datesTheOther(Clause c, Timex x, Trigger t) {
        List<Token> k = c.tokens();
        for (int i = 0; i < k.size(); i++) {
            Token like = k.get(i);
            // the event's word stands outside the comparison: before it, or after the date ("Like the one of 3 May,
            // the ceremony in Lima was led by ...")
            boolean triggerInside = t.start() >= like.start() && t.start() < x.end();
            if (triggerInside || like.start() >= x.start() || !LIKE.contains(like.lower())) {
                continue;
            }
            for (int j = i + 1; j <= i + LIKE_REACH && j < k.size() && k.get(j).end() <= x.start(); j++) {
                int length = oneAt(k, j);
                if (length > 0 && reaches(k, j + length, x)) {
                    return true;
                }
                if (isBreak(k.get(j))) {
                    break;
                }
            }
        }
        return false;
    }

    /** The length of the ONE phrase starting at token {@code i}, or 0. */
    private static int oneAt(List<Token> k, int i) {
        for (String[] words : ONE) {
            if (i + words.length > k.size()) {
                continue;
            }
            boolean all = true;
            for (int w = 0; w < words.length && all; w++) {
                all = k.get(i + w).lower().equals(words[w]);
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }

    /** Whether the date starts within reach after token {@code from}, with no comma or semicolon before it. */
    private static boolean reaches(List<Token> k, int from, Timex x) {
        for (int j = from; j < k.size() && j < from + DATE_REACH + 1; j++) {
            Token w = k.get(j);
            if (w.start() >= x.start()) {
                return true;
            }
            if (isBreak(w)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isBreak(Token w) {
        return w.lower().equals(",") || w.lower().equals(";");
    }
}
