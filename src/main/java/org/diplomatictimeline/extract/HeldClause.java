package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * A relative clause that tells an occasion taking place (", which was held on Saturday", ", que se celebró el
 * pasado sábado", ", die am Samstag stattfand"): a place or a person is not held, so the clause is about the
 * occasion the sentence tells before it, and its date is that occasion's even when names stand between the two.
 * The verbs are each language folder's HELD rows of {@code dating.tsv}.
 */
final class HeldClause {

    /** The HELD phrases, their words joined by "+" in the rows ("was+held", "se+llevó"). */
    private static final List<String[]> HELD = LanguageFolders.withWordsOfKind("dating.tsv", "HELD").stream()
            .map(w -> w.split("\\+")).toList();

    private HeldClause() {
    }

    /**
     * Whether the clause from {@code start} to {@code end} holds a verb of taking place and is about the trigger:
     * an occasion held somewhere told before the comma at {@code comma}, with no other event word between them
     * ("visited the site of the summit, which was held in 1990" tells the summit's year, not the visit's).
     */
    static boolean tellsTheOccasion(List<Token> k, int start, int end, int comma, Trigger t, List<Trigger> others) {
        if (t.end() > comma || !held(t)) {
            return false;
        }
        boolean verb = false;
        for (int i = 0; i < k.size() && !verb; i++) {
            if (k.get(i).start() >= start && k.get(i).end() <= end) {
                for (String[] phrase : HELD) {
                    verb |= matchesAt(k, i, phrase, end);
                }
            }
        }
        return verb && others.stream().noneMatch(o -> o != t && o.start() >= t.end() && o.end() <= comma);
    }

    private static boolean matchesAt(List<Token> k, int i, String[] words, int end) {
        if (i + words.length > k.size() || k.get(i + words.length - 1).end() > end) {
            return false;
        }
        for (int j = 0; j < words.length; j++) {
            if (!k.get(i + j).lower().equals(words[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean held(Trigger t) {
        EventTypeProfile p = EventTypeProfile.of(t.type());
        return p.family() == EventTypeProfile.Family.ENCOUNTER && p.place();
    }
}
