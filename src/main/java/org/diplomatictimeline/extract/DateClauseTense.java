package org.diplomatictimeline.extract;

import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.time.Timex;

/**
 * Which way a relative date is turned: by the event's status, except where the date stands in a clause of its own
 * after the event's noun whose verb is in the past ("ahead of the meeting that took place on Monday"): the noun's
 * status came from words around it ("ahead of"), while the clause says when the occasion was; and a verb of the
 * present with no tense cue and a bare weekday ("He then travels to Riga on Friday", "Am Montag reist sie nach
 * Accra") tells a schedule, so its weekday lies ahead, as does a weekday before an occasion's noun in a sentence
 * with no past ({@link ProgrammeWeekday}).
 */
final class DateClauseTense {

    private static final TenseReader TENSE = new TenseReader();
    /** Determiners (tense.tsv NOUN_DETERMINER): after one a verb's word is a noun ("a sign of goodwill"). */
    private static final Set<String> DETERMINERS =
            LanguageFolders.withWordsOfKind("tense.tsv", "NOUN_DETERMINER");

    private DateClauseTense() {
    }

    /** The status whose direction turns {@code x}, the date chosen for trigger {@code t}. */
    static EventStatus direction(Clause c, Trigger t, Timex x) {
        if (scheduledPresent(c, t, x) || ProgrammeWeekday.ahead(c, t, x)) {
            return EventStatus.PLANNED;
        }
        if (t.status() != EventStatus.PLANNED || !t.pos().equals("NOUN") || x.start() < t.end()) {
            return t.status();
        }
        int index = c.tokenBefore(x.start()) + 1;
        // the clause after the noun is in the past ("that took place", "which was held"), and so is the date's
        boolean pastClause = TENSE.after(c.tokens(), t.tokenIndex()) == Tense.PAST;
        if (index > t.tokenIndex() && pastClause && TENSE.before(c.tokens(), index) == Tense.PAST) {
            return EventStatus.HAPPENED;
        }
        return t.status();
    }

    /**
     * A verb in the present (its status left to the date: no cue of tense before it) dated by a bare weekday in a
     * sentence of prose: news tells a past day in the past tense, so the present sets a programme. Statements
     * ("says on Friday") and headlines (often a past told in the present) keep the date's own reading, and so do
     * a form in -ing or one after a determiner, as often a noun ("witnessed Sunday's signing", "a sign they are
     * serious"), a weekday owning a noun ("Sunday's") and one before the verb but past the sentence's opening words.
     */
    static boolean scheduledPresent(Clause c, Trigger t, Timex x) {
        return t.status() == null && t.pos().equals("VERB") && !t.isStatement() && x.relative()
                && !t.text().toLowerCase(Locale.ROOT).endsWith("ing")
                && !(t.tokenIndex() > 0 && DETERMINERS.contains(c.tokens().get(t.tokenIndex() - 1).lower()))
                && ItineraryDay.bareWeekday(x.text()) && !possessive(c.doc().text(), x.end()) && ClauseDater.prose(c)
                && (x.start() >= t.end() || c.tokenBefore(x.start()) + 1 <= OPENING_WORDS
                        || presentRightAfter(c, t, x));
    }

    /**
     * Wire order, a weekday between subject and verb with no tense cue before it and a present form right after it:
     * "The premier on Friday travels to Riga" sets a programme, as "On Friday she travels" does.
     */
    private static boolean presentRightAfter(Clause c, Trigger t, Timex x) {
        int first = c.tokenBefore(x.start()) + 1;
        return t.tokenIndex() == c.tokenBefore(x.end()) + 1
                && TENSE.presentForm(c.tokens().get(t.tokenIndex()).lower())
                && TENSE.before(c.tokens(), first) == Tense.UNKNOWN;
    }

    /**
     * How many words may open the sentence before a weekday set before the verb ("On Friday he heads to Riga"):
     * further in, another verb may stand between them with a tense of its own ("decidió el lunes expulsar").
     */
    private static final int OPENING_WORDS = 2;

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && Character.toLowerCase(text.charAt(end + 1)) == 's';
    }
}
