package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;

/**
 * The rule for a reporting clause whose sentence tells its encounters only as the setting of the words ("X said on
 * Sunday, amid talks with the bloc's leaders, that ...", "speaking as the summit opened", "tras la reunión, declaró"):
 * the encounter is where the words were said, not what they report, so the words are news of their own, the
 * speaker's statement at that occasion, when a person speaks and the report dates itself (an office's or a body's
 * report stays the source of what its sentence tells, and so does an undated "X said after the meeting", whose
 * news is what he said). An encounter told without such a word ("X met Y, the ministry said") is what
 * the report reports, and an act (a deal, a visit still to come) is news the report only cites.
 * The words are the SETTING rows of each language folder's {@code clauses.tsv}.
 */
final class SpokenAtOccasion {

    /** "amid", "during", "after", "as": words that open the occasion words were said at. */
    static final Set<String> SETTING = LanguageFolders.withWordsOfKind("clauses.tsv", "SETTING");
    /** "amid talks", "as the 39th annual summit": the setting word stands at most this far before the encounter. */
    static final int REACH = 5;
    /**
     * "said on Sunday after the talks": a setting word this close after the verb sets the saying; further on only
     * one set off by a comma does (", amid talks"), for one inside what was said ("said the envoys had called after
     * talks with ...") sets what was said.
     */
    static final int NEAR_VERB = 4;

    private SpokenAtOccasion() {
    }

    /**
     * Whether the sentence's triggers other than its statements are all encounters told as the setting of the words
     * of {@code report}: each stands after the reporting verb with a setting word within reach before it (after the
     * verb too, with no punctuation between), and none is still to come (a coming summit one speaks of is what is
     * said). An encounter told before the verb ("As X confirmed his visit", "..., the ministry said") is what the
     * report reports.
     */
    static boolean onlySettings(List<Token> tokens, List<Trigger> found, Trigger report) {
        boolean any = false;
        for (Trigger t : found) {
            if (t.isStatement()) {
                continue;
            }
            if (!EventAssembler.MEETING_FAMILY.contains(t.type()) || t.type() == EventType.OTHER
                    || t.status() == EventStatus.PLANNED || t.start() < report.end() || !setBy(tokens, t, report)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether a setting word stands within reach before the encounter word and after the reporting verb, only words
     * and numbers between, either close after the verb or just after a comma.
     */
    static boolean setBy(List<Token> tokens, Trigger t, Trigger report) {
        for (int i = t.tokenIndex() - 1; i >= 0 && i >= t.tokenIndex() - REACH; i--) {
            if (tokens.get(i).start() < report.end()) {
                return false;
            }
            String w = tokens.get(i).lower();
            if (SETTING.contains(w)) {
                return i - report.tokenIndex() <= NEAR_VERB || tokens.get(i - 1).lower().equals(",");
            }
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
                return false; // "..., the ministry said after talks" reaches no further back than its clause
            }
        }
        return false;
    }
}
