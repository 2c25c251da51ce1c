package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;

/**
 * The day of words said at an encounter the article told before ("The summit was held on Thursday. ... X stressed
 * at the meeting that ...", "a souligné lors de la réunion"): a statement whose reporting clause gives no day of its
 * own but sets the words in an encounter ({@code AMID} rows of each language's {@code clauses.tsv}: at, during,
 * lors, während, durante, во время, dalam, خلال) was made on that encounter's day, not on the article's. Only an
 * encounter told as done on one day lends it; words set before or after an occasion, at an earlier one ("at their
 * last meeting": FORMER rows of dating.tsv), or inside what was said ("said that the talks at the summit ..."),
 * keep the article's date.
 */
final class SaidAtToldOccasion {

    /** "at", "during", "lors", "während": words that set an encounter as the time the words were said. */
    static final Set<String> AMID = LanguageFolders.withWordsOfKind("clauses.tsv", "AMID");
    /** "the last meeting", "la réunion précédente": words that make the encounter an earlier one (dating.tsv). */
    static final Set<String> FORMER = LanguageFolders.withWordsOfKind("dating.tsv", "FORMER");
    /** How far from the encounter's noun a word making it an earlier one may stand, on either side. */
    private static final int FORMER_REACH = 2;
    /** "lors de la réunion", "at the closing session": the setting word stands at most this far before the noun. */
    static final int REACH = 4;

    private SaidAtToldOccasion() {
    }

    /**
     * The day of the encounter told before ({@code told}), when the reporting clause of {@code report} sets its
     * words in an encounter of the sentence ({@code found}) of the same family, told as done, with no day of its own.
     */
    static Optional<EventDate> dateOf(Clause c, Trigger report, List<Trigger> found, EventMention told,
                                      EventDateResolver dates) {
        if (told == null || told.status() != EventStatus.HAPPENED || !told.when().isKnown()
                || told.when().precision() != DatePrecision.DAY || !MergeRule.singleDay(told.when())
                || report.status() == EventStatus.PLANNED) {
            return Optional.empty();
        }
        int content = ReportedContent.start(c.tokens(), report);
        for (Trigger t : found) {
            if (t == report || t.isStatement() || !EventAssembler.MEETING_FAMILY.contains(t.type())
                    || !EventAssembler.MEETING_FAMILY.contains(told.type())
                    || t.status() == EventStatus.PLANNED || t.start() >= content || former(c.tokens(), t)
                    || c.timexes().stream().anyMatch(EventDateResolver::canDate)) {
                continue;
            }
            int setting = settingWord(c.tokens(), t);
            // after the verb ("stressed at the meeting"), or opening the sentence ("During the talks, X said")
            if (setting > report.tokenIndex() || setting >= 0 && setting <= 1) {
                return Optional.of(dates.within(told.when(), "said at the " + t.text().toLowerCase(Locale.ROOT),
                        told.type().label().toLowerCase(Locale.ROOT), false));
            }
        }
        return Optional.empty();
    }

    /** Whether a word beside the encounter's noun makes it an earlier occasion ("at their last meeting"). */
    private static boolean former(List<Token> tokens, Trigger t) {
        for (int i = Math.max(0, t.tokenIndex() - FORMER_REACH);
             i <= Math.min(tokens.size() - 1, t.tokenIndex() + FORMER_REACH); i++) {
            if (FORMER.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The index of a setting word within reach before the encounter word, only words between; else -1. */
    private static int settingWord(List<Token> tokens, Trigger t) {
        for (int i = t.tokenIndex() - 1; i >= 0 && i >= t.tokenIndex() - REACH; i--) {
            String w = tokens.get(i).lower();
            if (AMID.contains(w)) {
                return i;
            }
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }
}
