package org.diplomatictimeline.time;

import java.util.Set;

/**
 * Month names at a token of the scan: their number in English or another language, the English short forms that
 * may carry a period, and when a bare month name is a date rather than a word ("May", "March", "Juli").
 */
final class MonthNames {

    private static final Set<String> MONTH_ALONE_CUES = Set.of("in", "since", "until", "till", "by", "early",
            "late", "mid", "last", "next", "this", "of", "from", "before", "after", "during", "through", "to",
            "and", "or", "between", "coming", "past", "previous", "following", "end", "start", "beginning");

    /** How many words a phrase of the time data's month-in kind may have ("au mois de"). */
    private static final int MONTH_IN_WORDS = 3;

    private final Scan s;
    private final Vocabulary v;

    MonthNames(Scan scan) {
        this.s = scan;
        this.v = scan.vocab;
    }

    /** "Sept", "Jan": an English short month name, which may carry a period that is not a sentence end. */
    boolean isAbbreviation(int i) {
        Token t = s.tok(i);
        return t.length() <= 4 && v.englishMonth(t.lower()) > 0 && !t.is("may") && !t.is("june") && !t.is("july");
    }

    /** Month number at token i: English names, and other languages' names when {@code foreign} is allowed. */
    int number(int i, boolean foreign) {
        Token t = s.tok(i);
        if (t == null || !t.isWord()) {
            return 0;
        }
        int m = v.englishMonth(t.lower());
        if (m > 0) {
            // Abbreviations need a capital ("Jan", "Sept.") so that words like "mar" or "jun" do not count.
            return t.isCapitalized() || t.length() > 4 && !t.is("march") ? m : 0;
        }
        return foreign ? v.foreignMonth(t.lower()) : 0;
    }

    /**
     * Whether a phrase of the time data's month-in kind ends right before the month name at {@code i} ("en juillet",
     * "a luglio", "im Juli", "в июле"): another language's bare month name is a date only there, so a name or a
     * common word spelt like a month stays a word.
     */
    boolean afterMonthIn(int i) {
        for (int n = 1; n <= MONTH_IN_WORDS && i - n >= 0; n++) {
            TimeLexicon.Entry e = TimeLexicon.get().match(s, i - n, TimeLexicon.Kind.MONTH_IN, null);
            if (e != null && e.length() == n) {
                return true;
            }
        }
        return false;
    }

    /** A bare month name is a date only when capitalised, and "May"/"March" only after a temporal cue. */
    boolean aloneAllowed(int i) {
        Token t = s.tok(i);
        if (!t.isCapitalized() || t.length() <= 4 && !t.is("may") && !t.is("june") && !t.is("july")) {
            return false;
        }
        Token prev = s.tok(i - 1);
        boolean cue = prev != null && (prev.isWord() && MONTH_ALONE_CUES.contains(prev.lower())
                || prev.is("-") && s.word(i - 2, "mid"));
        if (t.is("may") || t.is("march")) {
            return cue;
        }
        return cue || prev == null || !prev.isCapitalized() || TenseCues.sentenceStartsAt(s.tokens, i);
    }
}
