package org.diplomatictimeline.extract;

import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.time.Timex;

/**
 * A programme told in the present ("Na quarta-feira, os dois presidentes discursam na cimeira", "Le
 * programme prévoit mercredi une visite de l'usine"): an occasion's noun with no tense of its own, dated by a bare
 * weekday set before it, in a sentence none of whose words shows the past. News tells a past day in the past tense,
 * so such a weekday is the coming one. Only languages whose past shows in its words (tense.tsv PAST_MARK_ENDING and
 * PAST_MARK_WORD rows) read so; in one without (Indonesian, Arabic) a sentence without a past word may still tell one.
 */
final class ProgrammeWeekday {

    /** The fewest letters before an ending for a word to be read as a past form ("reuniu", not "eu"). */
    private static final int MIN_STEM = 3;

    private ProgrammeWeekday() {
    }

    /** True when the weekday {@code x} dating the noun trigger {@code t} lies ahead by the present of a programme. */
    static boolean ahead(Clause c, Trigger t, Timex x) {
        if (t.status() != null || !t.pos().equals("NOUN") || t.isStatement() || !x.relative()
                || x.end() > t.start() || !ItineraryDay.bareWeekday(x.text()) || !ClauseDater.prose(c)) {
            return false;
        }
        Set<String> endings = LanguageFolders.ownWordsOfKind(c.language(), "tense.tsv", "PAST_MARK_ENDING");
        if (endings.isEmpty()) {
            return false;
        }
        Set<String> words = LanguageFolders.ownWordsOfKind(c.language(), "tense.tsv", "PAST_MARK_WORD");
        for (Token k : c.tokens()) {
            if (pastMark(k.lower(), words, endings)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pastMark(String w, Set<String> words, Set<String> endings) {
        if (words.contains(w)) {
            return true;
        }
        for (String ending : endings) {
            if (w.length() >= ending.length() + MIN_STEM && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
